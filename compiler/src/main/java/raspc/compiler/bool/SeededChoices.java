package raspc.compiler.bool;

import java.util.SplittableRandom;

/**
 * The seeded random choices behind {@code choose(n, k, seed)} and {@code random_table(seed)}.
 * Both the spec compiler and the programmatic builders use these, so a spec and its builder
 * give the same function for the same seed. Same seed, same result, on every machine.
 */
public final class SeededChoices {
    private SeededChoices() {}

    /** k distinct indices in 0..n-1, sorted ascending (a partial Fisher-Yates shuffle). */
    public static int[] choose(int n, int k, long seed) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("choose(n, k, seed) needs 0 <= k <= n, got n = " + n + ", k = " + k);
        }
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(pool, k);
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * A uniformly random truth table over n bits, packed like {@link TruthTable}: entry t is
     * bit {@code t & 63} of word {@code t >>> 6}. Callers index it with {@link #tableIndex},
     * which makes x[0] the most significant bit of t, as in the paper's code.
     */
    public static long[] randomTableWords(int n, long seed) {
        TruthTable.checkSize(n);
        long[] words = new long[TruthTable.wordCount(n)];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int w = 0; w < words.length; w++) {
            words[w] = rng.nextLong();
        }
        if (n < 6) {
            words[0] &= (1L << (1 << n)) - 1;
        }
        return words;
    }

    /** The table index of input x: x[0] is its most significant bit, x[n-1] its least. */
    public static long tableIndex(long x, int n) {
        return Long.reverse(x) >>> (64 - n);
    }

    /** Looks up input x in a table from {@link #randomTableWords}. */
    public static boolean lookup(long[] words, long x, int n) {
        long t = tableIndex(x, n);
        return ((words[(int) (t >>> 6)] >>> (t & 63)) & 1L) != 0;
    }
}
