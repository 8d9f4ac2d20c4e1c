package raspc.compiler.task;

import java.util.LinkedHashSet;
import java.util.List;
import raspc.compiler.text.Tokenizer;

/**
 * The token alphabets of the original experiments: the first A characters of a-z, A-Z, 0-9,
 * ASCII punctuation, then whitespace (Python's string.ascii_letters + digits + punctuation +
 * whitespace), so A = 100 is the whole list.
 */
public final class Alphabets {
    /** Python's string.punctuation, in its order. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** Python's string.whitespace, in its order. */
    private static final String WHITESPACE = " \t\n\r\u000b\u000c";
    private static final String ALL = "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789" + PUNCTUATION + WHITESPACE;

    public static final int MAX_SIZE = ALL.length();

    private Alphabets() {}

    /** The first {@code size} standard tokens, each a one-character string. */
    public static List<String> standard(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("alphabet size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        return characters(ALL.substring(0, size));
    }

    /** Each character (code point) of the string as a token, in order, without duplicates. */
    public static List<String> characters(String s) {
        return List.copyOf(new LinkedHashSet<>(Tokenizer.tokens(s)));
    }
}
