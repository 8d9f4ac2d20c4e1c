package raspc.compiler.seq;

/** Text forms of sequences and selectors, as the original REPL prints them. */
public final class SeqFormat {
    private SeqFormat() {}

    /** "[0, 1, 2] (ints)", or "[5]*5 (ints)" when all of several values are equal. */
    public static String compact(Seq s) {
        int n = s.length();
        StringBuilder b = new StringBuilder("[");
        if (n > 1 && allEqual(s)) {
            b.append(PyFormat.small(s.kind(0), s.word(0), s.str(0))).append("]*").append(n);
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(PyFormat.small(s.kind(i), s.word(i), s.str(i)));
            }
            b.append(']');
        }
        return b.append(" (").append(s.type().label()).append(')').toString();
    }

    /** Python's len(set(vals)) == 1. */
    public static boolean allEqual(Seq s) {
        for (int i = 1; i < s.length(); i++) {
            if (!s.elementEquals(0, i)) {
                return false;
            }
        }
        return true;
    }

    /** Python's repr of the value list, for error messages. */
    static String pyList(byte[] kind, long[] word, String[] str) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < kind.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(PyFormat.repr(kind[i], word[i], str == null ? null : str[i]));
        }
        return b.append(']').toString();
    }

    public static String pyList(Seq s) {
        return pyList(s.kinds(), s.words(), s.strs());
    }
}
