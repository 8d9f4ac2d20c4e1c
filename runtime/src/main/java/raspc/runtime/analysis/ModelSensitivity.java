package raspc.runtime.analysis;

import java.util.SplittableRandom;
import raspc.compiler.bool.ExactSensitivity;
import raspc.compiler.bool.FourierSpectrum;
import raspc.compiler.bool.RealFunction;
import raspc.compiler.bool.SensitivityOptions;
import raspc.compiler.bool.SensitivityReport;
import raspc.compiler.bool.TruthTable;
import raspc.runtime.boolfn.BooleanInputs;
import raspc.runtime.boolfn.BooleanNet;

/**
 * Average sensitivity of the function a model computes: of its predictions thresholded at 0.5
 * (a Boolean function), and of its real output on the ±1 scale ((1/4) sum_i (G(x) - G(x^i))^2
 * with G = 1 - 2g). Exact over all 2^n inputs for n <= {@link #EXACT_MAX_N}, where the Fourier
 * spectrum comes with it; sampled (x and its n neighbours, with standard errors) above.
 *
 * @param method "exact" or "sampled"
 * @param averageSensitivity of the thresholded predictions (as(f), not divided by n)
 * @param standardError of the sampled estimate; 0 when exact
 * @param realAverageSensitivity of the real-valued output on the ±1 scale
 * @param realStandardError of that estimate; 0 when exact
 * @param influences Inf_i of the thresholded predictions, bit 0 first
 * @param spectrum Fourier weight per degree 0..n of the thresholded predictions (null when sampled)
 * @param realSpectrum Fourier weight per degree of the real output on the ±1 scale (null when sampled)
 * @param degree Fourier degree of the thresholded predictions (-1 when sampled)
 * @param samples sampled inputs (0 when exact)
 */
public record ModelSensitivity(String method, double averageSensitivity, double standardError,
        double realAverageSensitivity, double realStandardError, double[] influences, double[] spectrum,
        double[] realSpectrum, int degree, int samples) {

    /** Largest n analysed over all inputs (2^16 forward passes, batched). */
    public static final int EXACT_MAX_N = 16;

    public static ModelSensitivity measure(BooleanNet net, int samples, long seed) {
        return net.n() <= EXACT_MAX_N ? exact(net) : sampled(net, samples, seed);
    }

    public static ModelSensitivity exact(BooleanNet net) {
        int n = net.n();
        float[] g = net.predict(BooleanInputs.all(n));
        return exact(n, g);
    }

    /** From the outputs g on all 2^n inputs (index = input). */
    static ModelSensitivity exact(int n, float[] g) {
        long[] words = new long[n >= 6 ? 1 << (n - 6) : 1];
        for (int x = 0; x < g.length; x++) {
            if (g[x] > 0.5f) {
                words[x >>> 6] |= 1L << (x & 63);
            }
        }
        SensitivityOptions options = SensitivityOptions.defaults();
        SensitivityReport thresholded = ExactSensitivity.analyze(TruthTable.ofWords(n, words), "model", options);
        SensitivityReport real = ExactSensitivity.analyzeReal(RealFunction.of("model", n, x -> g[(int) x]), options);
        double[] signs = new double[g.length];
        for (int x = 0; x < g.length; x++) {
            signs[x] = 1 - 2.0 * g[x];
        }
        FourierSpectrum realSpectrum = FourierSpectrum.ofValuesInPlace(signs, n, 1e-9);
        return new ModelSensitivity("exact", thresholded.averageSensitivity(), 0, real.averageSensitivity(), 0,
                thresholded.influences(), thresholded.spectrum(), realSpectrum.weights(), thresholded.degree(), 0);
    }

    /** {@code samples} uniform inputs, each evaluated with its n single-bit flips. */
    public static ModelSensitivity sampled(BooleanNet net, int samples, long seed) {
        int n = net.n();
        long[] base = BooleanInputs.random(n, samples, new SplittableRandom(seed));
        long[] xs = new long[samples * (n + 1)];
        for (int s = 0; s < samples; s++) {
            xs[s * (n + 1)] = base[s];
            for (int i = 0; i < n; i++) {
                xs[s * (n + 1) + 1 + i] = base[s] ^ (1L << i);
            }
        }
        float[] g = net.predict(xs);
        double[] influences = new double[n];
        double sum = 0;
        double sumSq = 0;
        double realSum = 0;
        double realSumSq = 0;
        for (int s = 0; s < samples; s++) {
            int at = s * (n + 1);
            boolean fx = g[at] > 0.5f;
            double gx = 1 - 2.0 * g[at];
            int flips = 0;
            double real = 0;
            for (int i = 0; i < n; i++) {
                float gi = g[at + 1 + i];
                if ((gi > 0.5f) != fx) {
                    flips++;
                    influences[i]++;
                }
                double d = gx - (1 - 2.0 * gi);
                real += d * d / 4;
            }
            sum += flips;
            sumSq += (double) flips * flips;
            realSum += real;
            realSumSq += real * real;
        }
        for (int i = 0; i < n; i++) {
            influences[i] /= samples;
        }
        double mean = sum / samples;
        double realMean = realSum / samples;
        return new ModelSensitivity("sampled", mean, standardError(sumSq / samples, mean, samples), realMean,
                standardError(realSumSq / samples, realMean, samples), influences, null, null, -1, samples);
    }

    private static double standardError(double meanOfSquares, double mean, int count) {
        if (count < 2) {
            return Double.NaN;
        }
        double variance = Math.max(0, meanOfSquares - mean * mean) * count / (count - 1);
        return Math.sqrt(variance / count);
    }
}
