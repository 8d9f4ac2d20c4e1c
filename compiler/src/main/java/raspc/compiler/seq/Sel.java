package raspc.compiler.seq;

/**
 * An evaluated selector: an n x n bit matrix, row = query, column = key, stored as one long[]
 * with {@link #words()} 64-bit words per row.
 */
public final class Sel {
    private final int n;
    private final int words;
    private final long[] bits;

    Sel(int n) {
        this.n = n;
        this.words = (n + 63) >>> 6;
        this.bits = new long[n * words];
    }

    public int size() {
        return n;
    }

    public int words() {
        return words;
    }

    long[] bits() {
        return bits;
    }

    void set(int q, int k) {
        bits[q * words + (k >>> 6)] |= 1L << k;
    }

    public boolean get(int q, int k) {
        return (bits[q * words + (k >>> 6)] & (1L << k)) != 0;
    }

    /** The number of keys selected by query q. */
    public int width(int q) {
        int c = 0;
        int base = q * words;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(bits[base + w]);
        }
        return c;
    }

    /** A copy as a boolean matrix [query][key]. */
    public boolean[][] toMatrix() {
        boolean[][] m = new boolean[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                m[q][k] = get(q, k);
            }
        }
        return m;
    }

    /** Python's str of the original's selector dict, e.g. {0: [1, 0], 1: [1, 1]}. */
    public String toDictString() {
        StringBuilder b = new StringBuilder("{");
        for (int q = 0; q < n; q++) {
            b.append(q == 0 ? "" : ", ").append(q).append(": [");
            for (int k = 0; k < n; k++) {
                b.append(k == 0 ? "" : ", ").append(get(q, k) ? 1 : 0);
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    public static Sel and(Sel a, Sel b) {
        Sel r = new Sel(a.n);
        for (int i = 0; i < r.bits.length; i++) {
            r.bits[i] = a.bits[i] & b.bits[i];
        }
        return r;
    }

    public static Sel or(Sel a, Sel b) {
        Sel r = new Sel(a.n);
        for (int i = 0; i < r.bits.length; i++) {
            r.bits[i] = a.bits[i] | b.bits[i];
        }
        return r;
    }

    public static Sel not(Sel a) {
        Sel r = new Sel(a.n);
        long tail = (a.n & 63) == 0 ? -1L : (1L << (a.n & 63)) - 1;
        for (int q = 0; q < a.n; q++) {
            for (int w = 0; w < a.words; w++) {
                int i = q * a.words + w;
                r.bits[i] = ~a.bits[i] & (w == a.words - 1 ? tail : -1L);
            }
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sel s && s.n == n && java.util.Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bits);
    }
}
