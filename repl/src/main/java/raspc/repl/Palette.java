package raspc.repl;

import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The REPL's colours, and whether to use them. Output keeps the original RASP REPL's three
 * (its colors.py): labels and types dark grey, values cyan, errors red. Input is highlighted
 * by what each word is, with s-ops and selectors told apart as the session knows them.
 */
final class Palette {
    static final AttributedStyle GENERAL = fg(AttributedStyle.BLACK | AttributedStyle.BRIGHT);
    static final AttributedStyle VALUE = fg(AttributedStyle.CYAN);
    static final AttributedStyle ERROR = fg(AttributedStyle.RED);

    static final AttributedStyle KEYWORD = fg(AttributedStyle.BLUE).bold();
    static final AttributedStyle STRING = fg(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = fg(AttributedStyle.CYAN);
    static final AttributedStyle COMMENT = fg(AttributedStyle.BLACK | AttributedStyle.BRIGHT).italic();
    static final AttributedStyle SOP = fg(AttributedStyle.YELLOW);
    static final AttributedStyle SELECTOR = fg(AttributedStyle.MAGENTA);
    static final AttributedStyle FUNCTION = fg(AttributedStyle.BLUE);
    static final AttributedStyle COMMAND = AttributedStyle.BOLD;

    /** See https://no-color.org: any value but the empty one switches colour off. */
    static final String NO_COLOR = "NO_COLOR";

    private Palette() {}

    /**
     * Colour only for a terminal that shows it, and only when the user has not said NO_COLOR.
     * (Piped input never gets here: the REPL then writes plain text, byte for byte.)
     */
    static boolean enabled(Map<String, String> env, Terminal terminal) {
        String noColor = env.get(NO_COLOR);
        return (noColor == null || noColor.isEmpty()) && !Terminal.TYPE_DUMB.equals(terminal.getType());
    }

    /** A line of an error message. */
    static AttributedString error(String line) {
        return new AttributedString(line, ERROR);
    }

    private static AttributedStyle fg(int colour) {
        return AttributedStyle.DEFAULT.foreground(colour);
    }
}
