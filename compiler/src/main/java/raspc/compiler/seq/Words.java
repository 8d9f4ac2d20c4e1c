package raspc.compiler.seq;

/**
 * The number word of a sequence element or atom: one {@code long} per element that is the exact
 * value of an int or bool (0/1), or the IEEE bits of a float. One primitive column then holds
 * ints exactly to 64 bits (a double would round past 2^53) and floats unchanged, and the
 * element's {@link Kind} says how to read it.
 */
public final class Words {
    private Words() {}

    public static long ofFloat(double v) {
        return Double.doubleToRawLongBits(v);
    }

    public static double asFloat(long word) {
        return Double.longBitsToDouble(word);
    }

    /**
     * The number as a double: a float itself, an int or bool converted as Python's float(int)
     * does (to the nearest double).
     */
    public static double toDouble(byte kind, long word) {
        return kind == Kind.FLOAT ? asFloat(word) : (double) word;
    }

    /**
     * A long whose order is the order of the doubles (NaN excepted; -0.0 and 0.0 alike), so that
     * float keys can be compared in the same integer loops as int keys.
     */
    static long sortable(double v) {
        long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
    }
}
