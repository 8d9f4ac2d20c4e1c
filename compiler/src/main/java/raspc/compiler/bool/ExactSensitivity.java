package raspc.compiler.bool;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Exact sensitivity by enumerating all 2^n inputs. For a Boolean function the influences and
 * the max sensitivity are counted on the packed truth table with bit tricks (a whole word of
 * 64 inputs per step, sensitivities summed in bit-sliced counters), so they are exact
 * rationals k / 2^n; the degree, Fourier weights and noise sensitivity come from the fast
 * Walsh-Hadamard transform of (-1)^f.
 */
public final class ExactSensitivity {
    /** For i &lt; 6 the partner x ^ 2^i lies in the same word: these masks select lanes with bit i clear. */
    private static final long[] LOW_LANES = {
        0x5555555555555555L, 0x3333333333333333L, 0x0F0F0F0F0F0F0F0FL,
        0x00FF00FF00FF00FFL, 0x0000FFFF0000FFFFL, 0x00000000FFFFFFFFL,
    };
    /** Words per parallel task. */
    private static final int WORDS_PER_TASK = 1 << 10;

    private ExactSensitivity() {}

    public static SensitivityReport analyze(BooleanFunction f, SensitivityOptions options) {
        checkFeasible(f.n(), options);
        return analyze(f.values(), f.name(), options);
    }

    public static SensitivityReport analyze(TruthTable table, String name, SensitivityOptions options) {
        int n = table.n();
        checkFeasible(n, options);
        Counts counts = count(table);
        double size = Math.pow(2, n);
        double[] influences = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            influences[i] = counts.flips()[i] / size;
            total += influences[i];
        }
        // Coefficients are multiples of 2^-n: anything far below that is rounding noise.
        FourierSpectrum spectrum = FourierSpectrum.ofValuesInPlace(table.toSigns(), n, 0.25 / size);
        return new SensitivityReport(name, n, SensitivityReport.EXACT, "boolean", total, total / n, null,
                influences, null, spectrum.degree(), counts.maxSensitivity(), noise(spectrum, options), null,
                spectrum.weights(), null, null);
    }

    /**
     * Exact analysis of a real-valued g: as = (1/4) sum_i E[(G(x) - G(x^i))^2] with G on the ±1
     * scale (see {@link SensitivityOptions.OutputScale}).
     */
    public static SensitivityReport analyzeReal(RealFunction g, SensitivityOptions options) {
        int n = g.n();
        checkFeasible(n, options);
        double[] values = plusMinusOneValues(g, options.scale());
        int len = values.length;
        int chunk = Math.min(len, 1 << 14);
        int tasks = len / chunk;
        double[][] partialInf = new double[tasks][n];
        double[] partialMax = new double[tasks];
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            double[] inf = partialInf[t];
            double max = 0;
            for (int x = t * chunk, end = x + chunk; x < end; x++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double d = values[x] - values[x ^ (1 << i)];
                    double v = d * d / 4;
                    inf[i] += v;
                    s += v;
                }
                max = Math.max(max, s);
            }
            partialMax[t] = max;
        });
        double[] influences = new double[n];
        double max = 0;
        for (int t = 0; t < tasks; t++) {
            for (int i = 0; i < n; i++) {
                influences[i] += partialInf[t][i];
            }
            max = Math.max(max, partialMax[t]);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            influences[i] /= len;
            total += influences[i];
        }
        double norm = 0;
        for (double v : values) {
            norm = Math.max(norm, Math.abs(v));
        }
        FourierSpectrum spectrum = FourierSpectrum.ofValuesInPlace(values, n, 1e-9 * Math.max(1, norm));
        return new SensitivityReport(g.name(), n, SensitivityReport.EXACT, "real", total, total / n, null,
                influences, null, spectrum.degree(), max, noise(spectrum, options), null, spectrum.weights(), null, null);
    }

    static double[] plusMinusOneValues(RealFunction g, SensitivityOptions.OutputScale scale) {
        int n = g.n();
        double[] values = new double[1 << n];
        LongToDoubleFunction map = scale == SensitivityOptions.OutputScale.ZERO_ONE
                ? x -> 1 - 2 * g.eval(x) : g::eval;
        int chunk = Math.min(values.length, 1 << 14);
        int tasks = values.length / chunk;
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            for (int x = t * chunk, end = x + chunk; x < end; x++) {
                values[x] = map.applyAsDouble(x);
            }
        });
        return values;
    }

    private static Map<String, Double> noise(FourierSpectrum spectrum, SensitivityOptions options) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (double d : options.deltas()) {
            out.put(SensitivityReport.deltaKey(d), spectrum.noiseSensitivity(d));
        }
        return out;
    }

    /** Refuses sizes whose 2^n doubles would not fit, with a way out. */
    static void checkFeasible(int n, SensitivityOptions options) {
        if (n > TruthTable.MAX_N) {
            throw new IllegalArgumentException("exact analysis enumerates 2^n inputs and supports n <= "
                    + TruthTable.MAX_N + ", got n = " + n + "; use Monte Carlo");
        }
        long bytes = 9L << n;
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > available) {
            throw new IllegalArgumentException(String.format(
                    "exact analysis at n = %d needs about %d MiB but only %d MiB are free; use Monte Carlo or a larger -Xmx",
                    n, bytes >> 20, available >> 20));
        }
    }

    /** Flip counts per bit and the max sensitivity, from the packed table. */
    record Counts(long[] flips, int maxSensitivity) {}

    static Counts count(TruthTable table) {
        int n = table.n();
        long[] words = table.words();
        long valid = n >= 6 ? -1L : (1L << (1 << n)) - 1;
        int tasks = (words.length + WORDS_PER_TASK - 1) / WORDS_PER_TASK;
        long[][] partialFlips = new long[tasks][n];
        int[] partialMax = new int[tasks];
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            long[] flips = partialFlips[t];
            long[] counter = new long[6]; // bit-sliced: lane l of counter[b] is bit b of s_f(x) for x = 64w + l
            int max = 0;
            int end = Math.min(words.length, (t + 1) * WORDS_PER_TASK);
            for (int w = t * WORDS_PER_TASK; w < end; w++) {
                long word = words[w];
                java.util.Arrays.fill(counter, 0L);
                for (int i = 0; i < n; i++) {
                    long partner;
                    if (i < 6) {
                        int shift = 1 << i;
                        long m = LOW_LANES[i];
                        partner = ((word & m) << shift) | ((word >>> shift) & m);
                    } else {
                        partner = words[w ^ (1 << (i - 6))];
                    }
                    long sensitive = (word ^ partner) & valid;
                    flips[i] += Long.bitCount(sensitive);
                    long carry = sensitive;
                    for (int b = 0; carry != 0; b++) {
                        long next = counter[b] & carry;
                        counter[b] ^= carry;
                        carry = next;
                    }
                }
                max = Math.max(max, laneMax(counter, valid));
            }
            partialMax[t] = max;
        });
        long[] flips = new long[n];
        int max = 0;
        for (int t = 0; t < tasks; t++) {
            for (int i = 0; i < n; i++) {
                flips[i] += partialFlips[t][i];
            }
            max = Math.max(max, partialMax[t]);
        }
        return new Counts(flips, max);
    }

    /** The largest lane value of a bit-sliced counter, found from the top bit down. */
    private static int laneMax(long[] counter, long lanes) {
        long candidates = lanes;
        int max = 0;
        for (int b = counter.length - 1; b >= 0; b--) {
            long withBit = candidates & counter[b];
            if (withBit != 0) {
                candidates = withBit;
                max |= 1 << b;
            }
        }
        return max;
    }
}
