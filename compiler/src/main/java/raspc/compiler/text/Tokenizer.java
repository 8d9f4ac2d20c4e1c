package raspc.compiler.text;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.python.PyStrings;

/**
 * The one way user text becomes tokens: one token per Unicode code point, as Python 3's
 * {@code list(text)} does in the original RASP. Java strings are UTF-16, so splitting by
 * {@code char} would cut a character outside the Basic Multilingual Plane (an emoji) into two
 * halves that print as "?".
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>(text.length());
        text.codePoints().forEach(cp -> out.add(Character.toString(cp)));
        return out;
    }

    /**
     * The tokens as text: concatenated when each is one character, so that {@link #tokens} gives
     * them back, else as a list {@code [X1, X2]} (how the original experiments print samples).
     */
    public static String join(List<String> tokens) {
        if (tokens.stream().allMatch(t -> PyStrings.length(t) == 1)) {
            return String.join("", tokens);
        }
        return "[" + String.join(", ", tokens) + "]";
    }
}
