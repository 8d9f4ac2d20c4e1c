package raspc.repl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the REPL's result lines as the original RASP REPL did (its print_named_val,
 * print_seq, print_select and Sequence.__str__): labels, names and types ({@code (ints)}) in the
 * general colour, values in the value colour. The lines keep their exact text: each known shape
 * of line (they are those of the compiler's Printer) is cut into parts that are coloured; a line
 * of no known shape stays plain.
 */
final class ResultColours {
    private static final AttributedStyle G = Palette.GENERAL;
    private static final AttributedStyle V = Palette.VALUE;
    private static final String NAME = "[A-Za-z_][A-Za-z_0-9]*";
    private static final String TYPE = "( \\([a-z]+\\))?";

    /** A shape of line, and the style of each of its groups (which together make the whole line). */
    private record Shape(Pattern pattern, List<AttributedStyle> styles) {
        Shape(String regex, AttributedStyle... styles) {
            this(Pattern.compile(regex), List.of(styles));
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("(raspc \\S+)", G),
            new Shape("(running example is:)( .*)", G, V),
            // Example: reverse("hello") = [o, l, l, e, h] (strings)
            new Shape("(.*\\t Example: [^(]*\\()(.*)(\\) =)( .*?)" + TYPE + "( \\[skipped full display: identical values\\])?",
                    G, V, G, V, G, G),
            new Shape("(\\s*\\t Example:)", G),
            // a selector's grid: a row (query value | 1s), then the header (the key values)
            new Shape("(.*\\t\\t\\t )(.*)( \\| )([1 ]*)", G, V, G, V),
            new Shape("(.*\\t\\t\\t    )( .*)", G, V),
            // full seq display: input and output rows
            new Shape("(.*\\t\\t(?:input|output):  )( .*? )(\\t \\([a-z]+\\))", G, V, G),
            new Shape("(\\t = )(.*?)" + TYPE, G, V, G),
            new Shape("(\\t(?:s-op|selector) example:)( .*)", G, V),
            new Shape("(.*?\\s(?:s-op|selector): " + NAME + ")", G),
            new Shape("(.*?\\s[a-z]+ function: .*)", G),
            new Shape("(.*?value:(?: " + NAME + " =)? )(.*)", G, V),
            // a list or dict whose items follow on their own lines; then a flat one
            new Shape("(.*?(?:list|dict): (?:" + NAME + " = )?\\s*[\\[{])", G),
            new Shape("(.*?(?:list|dict): (?:" + NAME + " = )?)(.*)", G, V),
            new Shape("(\\s*[\\]}])", G));

    private ResultColours() {}

    static AttributedString style(String line) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(line);
            if (m.matches()) {
                return styled(line, m, shape.styles());
            }
        }
        return new AttributedString(line);
    }

    private static AttributedString styled(String line, Matcher m, List<AttributedStyle> styles) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        int done = 0;
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) < 0) {
                continue; // an optional part that is absent
            }
            b.append(line.substring(done, m.start(g)));
            b.styled(styles.get(g - 1), line.substring(m.start(g), m.end(g)));
            done = m.end(g);
        }
        b.append(line.substring(done));
        return b.toAttributedString();
    }
}
