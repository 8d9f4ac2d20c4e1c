package raspc.compiler.seq;

import java.util.Arrays;

/**
 * An evaluated s-op: one value per position, stored column-wise without boxing: a kind byte,
 * a number word ({@link Words}: an int's or bool's exact 64-bit value, a float's bits) and, for
 * strings, the string.
 * Immutable once built (see {@link SeqBuilder}).
 */
public final class Seq {
    private final byte[] kind;
    private final long[] word;
    private final String[] str;
    private final SeqType type;

    Seq(byte[] kind, long[] word, String[] str, SeqType type) {
        this.kind = kind;
        this.word = word;
        this.str = str;
        this.type = type;
    }

    public int length() {
        return kind.length;
    }

    public byte kind(int i) {
        return kind[i];
    }

    /** The number word at i: the exact int or bool, or the float's bits (see {@link Words}). */
    public long word(int i) {
        return word[i];
    }

    /** The number at i as a double (an int converted as Python's float(int) does). */
    public double toDouble(int i) {
        return Words.toDouble(kind[i], word[i]);
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

    long[] words() {
        return word;
    }

    byte[] kinds() {
        return kind;
    }

    String[] strs() {
        return str;
    }

    /** Python equality of two elements (1 == 1.0 == True, strings by content). */
    public boolean elementEquals(int i, int j) {
        return PyAtoms.equal(kind[i], word[i], str(i), kind[j], word[j], str(j));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seq s && Arrays.equals(kind, s.kind) && Arrays.equals(word, s.word)
                && Arrays.equals(str, s.str);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(word) * 31 + Arrays.hashCode(kind);
    }

    @Override
    public String toString() {
        return SeqFormat.compact(this);
    }
}
