package raspc.compiler.bool;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The truth table of a Boolean function, packed 64 entries per {@code long}: entry x (the input
 * whose bit i is x[i]) is bit {@code x & 63} of word {@code x >>> 6}. Unused high bits of the
 * single word of a table with n &lt; 6 are 0.
 */
public final class TruthTable {
    /** Largest table we build: 2^30 bits = 128 MiB. */
    public static final int MAX_N = 30;
    /** Words per parallel task: 2^10 words = 65536 evaluations. */
    private static final int WORDS_PER_TASK = 1 << 10;

    private final int n;
    private final long[] words;

    private TruthTable(int n, long[] words) {
        this.n = n;
        this.words = words;
    }

    /** Evaluates f on all 2^n inputs (in parallel when there are many). */
    public static TruthTable of(BooleanFunction f) {
        int n = f.n();
        checkSize(n);
        long[] words = new long[wordCount(n)];
        int validBits = n >= 6 ? 64 : 1 << n;
        int tasks = (words.length + WORDS_PER_TASK - 1) / WORDS_PER_TASK;
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            int end = Math.min(words.length, (t + 1) * WORDS_PER_TASK);
            for (int w = t * WORDS_PER_TASK; w < end; w++) {
                long base = (long) w << 6;
                long bits = 0;
                for (int j = 0; j < validBits; j++) {
                    if (f.eval(base | j)) {
                        bits |= 1L << j;
                    }
                }
                words[w] = bits;
            }
        });
        return new TruthTable(n, words);
    }

    /** A table from packed words (copied); bits beyond 2^n must be 0. */
    public static TruthTable ofWords(int n, long[] words) {
        checkSize(n);
        if (words.length != wordCount(n)) {
            throw new IllegalArgumentException("a table over " + n + " bits has " + wordCount(n) + " words, got " + words.length);
        }
        if (n < 6 && (words[0] >>> (1 << n)) != 0) {
            throw new IllegalArgumentException("bits beyond entry 2^" + n + " must be 0");
        }
        return new TruthTable(n, words.clone());
    }

    static void checkSize(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("a truth table needs 1 to " + MAX_N + " input bits, got " + n);
        }
    }

    static int wordCount(int n) {
        return n >= 6 ? 1 << (n - 6) : 1;
    }

    public int n() {
        return n;
    }

    /** Number of entries, 2^n. */
    public long size() {
        return 1L << n;
    }

    public boolean get(long x) {
        return ((words[(int) (x >>> 6)] >>> (x & 63)) & 1L) != 0;
    }

    /** How many inputs map to 1. */
    public long countOnes() {
        long c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** The packed words (shared, do not modify). */
    long[] words() {
        return words;
    }

    /** (-1)^f(x) for every x: +1 where f is 0, -1 where f is 1 (the Fourier convention). */
    public double[] toSigns() {
        double[] out = new double[(int) size()];
        int tasks = Math.max(1, words.length / WORDS_PER_TASK);
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            int start = (int) ((long) t * out.length / tasks);
            int end = (int) ((long) (t + 1) * out.length / tasks);
            for (int x = start; x < end; x++) {
                out[x] = get(x) ? -1.0 : 1.0;
            }
        });
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TruthTable t && t.n == n && Arrays.equals(t.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * n + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "TruthTable(n=" + n + ", ones=" + countOnes() + ")";
    }
}
