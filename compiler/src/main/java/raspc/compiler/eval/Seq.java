package raspc.compiler.eval;

import java.util.Arrays;

/**
 * An evaluated s-op: one value per position, stored column-wise without boxing: a kind byte,
 * a double (bools as 0/1, ints exactly up to 2^53) and, for strings, the string.
 * Immutable once built (see {@link SeqBuilder}).
 */
public final class Seq {
    private final byte[] kind;
    private final double[] num;
    private final String[] str;
    private final SeqType type;

    Seq(byte[] kind, double[] num, String[] str, SeqType type) {
        this.kind = kind;
        this.num = num;
        this.str = str;
        this.type = type;
    }

    public int length() {
        return kind.length;
    }

    public byte kind(int i) {
        return kind[i];
    }

    public double num(int i) {
        return num[i];
    }

    /** The string at i, or null when the element is not a string. */
    public String str(int i) {
        return str == null ? null : str[i];
    }

    public SeqType type() {
        return type;
    }

    /** True when no element is a string (all are numbers or bools). */
    public boolean allNumbers() {
        return str == null;
    }

    double[] nums() {
        return num;
    }

    byte[] kinds() {
        return kind;
    }

    String[] strs() {
        return str;
    }

    /** Python equality of two elements (1 == 1.0 == True, strings by content). */
    public boolean elementEquals(int i, int j) {
        return PyAtoms.equal(kind[i], num[i], str(i), kind[j], num[j], str(j));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seq s && Arrays.equals(kind, s.kind) && Arrays.equals(num, s.num)
                && Arrays.equals(str, s.str);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(num) * 31 + Arrays.hashCode(kind);
    }

    @Override
    public String toString() {
        return SeqFormat.compact(this);
    }
}
