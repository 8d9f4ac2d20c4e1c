package raspc.compiler.bool;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The average sensitivity of random completions of a partial function: f is fixed on some
 * training inputs and every other input gets an independent fair-coin label. Its distribution
 * is the baseline of the generalisation-bias experiment (Hahn &amp; Rofin 2024): a learner without
 * a bias towards low sensitivity would complete the training points like one of these draws,
 * about n/2 on average for n bits and few training points.
 */
public final class RandomCompletions {
    /** Completions are whole truth tables: 2^n entries. */
    public static final int MAX_N = 24;

    private RandomCompletions() {}

    /**
     * The exact average sensitivity (total influence, not divided by n) of {@code draws} random
     * completions of f restricted to {@code points} (inputs packed as f reads them), in draw order;
     * draw d's coins depend on (seed, d) only.
     */
    public static double[] averageSensitivities(BooleanFunction f, long[] points, int draws, long seed) {
        int n = f.n();
        if (n > MAX_N) {
            throw new IllegalArgumentException("random completions enumerate all 2^n inputs and need n <= " + MAX_N
                    + ", got n = " + n);
        }
        if (draws < 1) {
            throw new IllegalArgumentException("at least one completion is needed, got " + draws);
        }
        int size = 1 << n;
        boolean[] fixed = new boolean[size];
        boolean[] label = new boolean[size];
        for (long x : points) {
            if (x < 0 || x >= size) {
                throw new IllegalArgumentException("input " + x + " has more than " + n + " bits");
            }
            fixed[(int) x] = true;
            label[(int) x] = f.eval(x);
        }
        double[] out = new double[draws];
        boolean[] table = new boolean[size];
        for (int d = 0; d < draws; d++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + d);
            for (int x = 0; x < size; x++) {
                table[x] = fixed[x] ? label[x] : random.nextBoolean();
            }
            out[d] = averageSensitivity(table, n);
        }
        return out;
    }

    /** E_x #{i : t(x) != t(x ^ 2^i)}: each differing pair is counted from both ends. */
    static double averageSensitivity(boolean[] table, int n) {
        long flips = 0;
        for (int x = 0; x < table.length; x++) {
            for (int i = 0; i < n; i++) {
                int y = x ^ (1 << i);
                if (y > x && table[x] != table[y]) {
                    flips += 2;
                }
            }
        }
        return (double) flips / table.length;
    }

    /** Mean, standard deviation and quantiles of a sample of sensitivities. */
    public record Summary(int draws, double mean, double sd, double min, double p05, double median, double p95,
            double max) {

        public static Summary of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
            return new Summary(v.length, mean, sd, v[0], quantile(v, 0.05), quantile(v, 0.5), quantile(v, 0.95),
                    v[v.length - 1]);
        }

        /** The fraction of the sample at or below {@code value}: where a learned function falls among the draws. */
        public static double fractionAtOrBelow(double[] values, double value) {
            return (double) Arrays.stream(values).filter(x -> x <= value).count() / values.length;
        }

        private static double quantile(double[] sorted, double q) {
            double at = q * (sorted.length - 1);
            int lo = (int) Math.floor(at);
            int hi = Math.min(sorted.length - 1, lo + 1);
            return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
        }
    }
}
