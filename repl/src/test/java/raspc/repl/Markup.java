package raspc.repl;

import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Coloured text written as {@code <tag>text</tag>} by palette colour, so tests can say what they expect. */
final class Markup {
    private static final Map<AttributedStyle, String> TAGS = Map.ofEntries(
            Map.entry(Palette.GENERAL, "g"), Map.entry(Palette.VALUE, "v"), Map.entry(Palette.ERROR, "err"),
            Map.entry(Palette.KEYWORD, "kw"), Map.entry(Palette.STRING, "str"),
            Map.entry(Palette.COMMENT, "rem"), Map.entry(Palette.SOP, "sop"), Map.entry(Palette.SELECTOR, "sel"),
            Map.entry(Palette.FUNCTION, "fn"), Map.entry(Palette.COMMAND, "cmd"));

    private Markup() {}

    static String of(AttributedString s) {
        StringBuilder b = new StringBuilder();
        String open = null;
        for (int i = 0; i < s.length(); i++) {
            AttributedStyle style = s.styleAt(i);
            String tag = style.equals(AttributedStyle.DEFAULT) ? null : TAGS.getOrDefault(style, "?");
            if (tag == null ? open != null : !tag.equals(open)) {
                if (open != null) {
                    b.append("</").append(open).append('>');
                }
                if (tag != null) {
                    b.append('<').append(tag).append('>');
                }
                open = tag;
            }
            b.append(s.charAt(i));
        }
        if (open != null) {
            b.append("</").append(open).append('>');
        }
        return b.toString();
    }
}
