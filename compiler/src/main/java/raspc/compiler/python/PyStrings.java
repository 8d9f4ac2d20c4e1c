package raspc.compiler.python;

import java.util.Comparator;

/**
 * Python 3's str semantics where they differ from Java's UTF-16 strings: a string is a sequence of
 * code points, so len, indexing and ordering count and compare code points, not chars.
 */
public final class PyStrings {
    /**
     * Python's string order: code point by code point. String.compareTo compares UTF-16 chars, which
     * puts an emoji (a surrogate pair, 0xD83D...) before characters in U+E000..U+FFFF.
     */
    public static final Comparator<String> ORDER = PyStrings::compare;

    private PyStrings() {}

    /** Python's len(s). */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's s[i] for 0 &lt;= i &lt; len(s). */
    public static String at(String s, int i) {
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, i)));
    }

    /** &lt;0, 0 or &gt;0 as a is before, equal to or after b in Python's order. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
