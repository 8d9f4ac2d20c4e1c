package raspc.compiler.bool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Sensitivity estimated from samples, for any n up to 63. Sample k pairs a uniform input x with
 * bit i = k mod n (stratified, so every bit gets the same number of samples) and records
 * v = (G(x) - G(x^i))^2 / 4 on the ±1 scale: for Boolean f, v is 1 exactly when flipping bit i
 * changes f(x), so as(f) = n × flip rate. Noise sensitivity NS_delta is estimated from fresh
 * pairs (x, y) with each bit of y flipped with probability delta. Samples are drawn in fixed
 * chunks, each with its own seeded generator, so results depend on the seed only, never on the
 * number of threads.
 */
public final class MonteCarloSensitivity {
    private static final int CHUNK = 1 << 14;

    private MonteCarloSensitivity() {}

    public static SensitivityReport analyze(BooleanFunction f, SensitivityOptions options) {
        return estimate(f.name(), f.n(), x -> f.eval(x) ? -1.0 : 1.0, "boolean", options);
    }

    public static SensitivityReport analyzeReal(RealFunction g, SensitivityOptions options) {
        LongToDoubleFunction map = options.scale() == SensitivityOptions.OutputScale.ZERO_ONE
                ? x -> 1 - 2 * g.eval(x) : g::eval;
        return estimate(g.name(), g.n(), map, "real", options);
    }

    /** Running sums of one statistic: count, sum, sum of squares. */
    private static final class Moments {
        long count;
        double sum;
        double sumSq;

        void add(double v) {
            count++;
            sum += v;
            sumSq += v * v;
        }

        void add(Moments o) {
            count += o.count;
            sum += o.sum;
            sumSq += o.sumSq;
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        /** Variance of the mean (sample variance / count). */
        double meanVariance() {
            if (count < 2) {
                return 0;
            }
            double m = mean();
            double var = Math.max(0, (sumSq - count * m * m) / (count - 1));
            return var / count;
        }
    }

    private static SensitivityReport estimate(String name, int n, LongToDoubleFunction g, String output,
                                              SensitivityOptions options) {
        long samples = ((options.samples() + n - 1) / n) * n;
        long inputMask = BooleanFunctions.allBits(n);
        List<Double> deltas = options.deltas();
        int chunks = (int) ((samples + CHUNK - 1) / CHUNK);
        Moments[][] perBit = new Moments[chunks][];
        Moments[][] perDelta = new Moments[chunks][];
        double[] maxSeen = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            SplittableRandom rng = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + c);
            Moments[] bits = fresh(n);
            Moments[] noise = fresh(deltas.size());
            long start = (long) c * CHUNK;
            long end = Math.min(samples, start + CHUNK);
            for (long k = start; k < end; k++) {
                long x = rng.nextLong() & inputMask;
                int i = (int) (k % n);
                double gx = g.applyAsDouble(x);
                double d = gx - g.applyAsDouble(x ^ (1L << i));
                bits[i].add(d * d / 4);
                for (int j = 0; j < deltas.size(); j++) {
                    long y = x ^ noiseMask(rng, n, deltas.get(j));
                    double e = gx - g.applyAsDouble(y);
                    noise[j].add(e * e / 4);
                }
            }
            perBit[c] = bits;
            perDelta[c] = noise;
        });
        Moments[] bits = fresh(n);
        Moments[] noise = fresh(deltas.size());
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < n; i++) {
                bits[i].add(perBit[c][i]);
            }
            for (int j = 0; j < deltas.size(); j++) {
                noise[j].add(perDelta[c][j]);
            }
        }
        double[] influences = new double[n];
        double[] influenceErrors = new double[n];
        double total = 0;
        double totalVariance = 0;
        for (int i = 0; i < n; i++) {
            influences[i] = bits[i].mean();
            influenceErrors[i] = Math.sqrt(bits[i].meanVariance());
            total += influences[i];
            totalVariance += bits[i].meanVariance();
        }
        Map<String, Double> ns = new LinkedHashMap<>();
        Map<String, Double> nsErrors = new LinkedHashMap<>();
        for (int j = 0; j < deltas.size(); j++) {
            String key = SensitivityReport.deltaKey(deltas.get(j));
            ns.put(key, noise[j].mean());
            nsErrors.put(key, Math.sqrt(noise[j].meanVariance()));
        }
        double se = Math.sqrt(totalVariance);
        return new SensitivityReport(name, n, SensitivityReport.MONTE_CARLO, output, total, total / n, se,
                influences, influenceErrors, null, null, ns, nsErrors, null, samples, options.seed());
    }

    private static Moments[] fresh(int count) {
        Moments[] out = new Moments[count];
        for (int i = 0; i < count; i++) {
            out[i] = new Moments();
        }
        return out;
    }

    /** Each of the n bits set independently with probability delta, by geometric skips. */
    static long noiseMask(SplittableRandom rng, int n, double delta) {
        if (delta <= 0) {
            return 0L;
        }
        if (delta >= 1) {
            return BooleanFunctions.allBits(n);
        }
        double logKeep = Math.log1p(-delta);
        long mask = 0;
        long pos = -1;
        while (true) {
            double u = 1.0 - rng.nextDouble(); // in (0, 1]
            pos += 1 + (long) Math.floor(Math.log(u) / logKeep);
            if (pos >= n) {
                return mask;
            }
            mask |= 1L << pos;
        }
    }
}
