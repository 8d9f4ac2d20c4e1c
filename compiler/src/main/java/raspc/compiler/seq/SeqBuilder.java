package raspc.compiler.seq;

import raspc.compiler.error.RaspError;

/** Fills the columns of a {@link Seq}, then checks the element types as the original does. */
public final class SeqBuilder {
    private final byte[] kind;
    private final long[] word;
    private String[] str;

    public SeqBuilder(int n) {
        kind = new byte[n];
        word = new long[n];
    }

    public int length() {
        return kind.length;
    }

    /** Element i: its kind, number word ({@link Words}) and, for a string, the string. */
    public void put(int i, byte k, long w, String s) {
        kind[i] = k;
        word[i] = w;
        if (k == Kind.STR) {
            if (str == null) {
                str = new String[kind.length];
            }
            str[i] = s;
        }
    }

    public void putInt(int i, long v) {
        kind[i] = Kind.INT;
        word[i] = v;
    }

    public void putBool(int i, boolean v) {
        kind[i] = Kind.BOOL;
        word[i] = v ? 1 : 0;
    }

    public void putFloat(int i, double v) {
        kind[i] = Kind.FLOAT;
        word[i] = Words.ofFloat(v);
    }

    public void putString(int i, String s) {
        put(i, Kind.STR, 0, s);
    }

    /** Copies element j of s into position i. */
    public void copy(int i, Seq s, int j) {
        put(i, s.kind(j), s.word(j), s.str(j));
    }

    public byte kind(int i) {
        return kind[i];
    }

    public long word(int i) {
        return word[i];
    }

    public String str(int i) {
        return str == null ? null : str[i];
    }

    /** Finishes without the type check (raw inputs may mix types until tokens_asis checks them). */
    Seq buildUnchecked() {
        boolean anyStr = false;
        boolean allStr = true;
        for (byte k : kind) {
            anyStr |= k == Kind.STR;
            allStr &= k == Kind.STR;
        }
        SeqType type = allStr ? SeqType.STRINGS : SeqType.FLOATS;
        return new Seq(kind, word, anyStr ? str : null, type);
    }

    /**
     * Finishes the sequence. All strings, all bools, ints (bools allowed among them) or numbers
     * (floats) are fine; strings mixed with anything else are an error, as in the original.
     */
    public Seq build() {
        int mask = 0;
        for (byte k : kind) {
            mask |= 1 << k;
        }
        SeqType type;
        if (mask == 1 << Kind.STR) {
            type = SeqType.STRINGS;
        } else if ((mask & (1 << Kind.STR)) != 0) {
            throw new RaspError("attempted to create sequence with vals of different types: "
                    + SeqFormat.pyList(kind, word, str));
        } else if (mask == 1 << Kind.BOOL) {
            type = SeqType.BOOLS;
        } else if ((mask & (1 << Kind.FLOAT)) != 0) {
            type = SeqType.FLOATS;
        } else {
            type = SeqType.INTS;
        }
        String[] s = type == SeqType.STRINGS ? str : null;
        return new Seq(kind, word, s, type);
    }
}
