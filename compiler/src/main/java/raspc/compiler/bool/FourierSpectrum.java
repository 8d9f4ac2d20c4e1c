package raspc.compiler.bool;

import java.util.stream.IntStream;

/**
 * The Fourier weight of a function on n bits grouped by degree: weights[k] = sum over |S| = k of
 * fhat(S)^2, and the degree (largest |S| with a coefficient above tolerance). For a Boolean
 * function in ±1 form the weights sum to 1 (Parseval).
 */
public record FourierSpectrum(int n, double[] weights, int degree) {

    /**
     * From the values of a function on the ±1 scale (length 2^n), which are overwritten by
     * their Walsh-Hadamard transform.
     */
    public static FourierSpectrum ofValuesInPlace(double[] values, int n, double tolerance) {
        if (values.length != 1 << n) {
            throw new IllegalArgumentException("expected 2^" + n + " values, got " + values.length);
        }
        WalshHadamard.transform(values);
        return ofTransform(values, n, tolerance);
    }

    /** From unnormalised Walsh-Hadamard coefficients a[S] = 2^n fhat(S). */
    public static FourierSpectrum ofTransform(double[] coefficients, int n, double tolerance) {
        int len = coefficients.length;
        double scale = 1.0 / len;
        int chunk = Math.min(len, 1 << 16);
        int tasks = len / chunk;
        double[][] partial = new double[tasks][n + 1];
        int[] maxDegree = new int[tasks];
        IntStream range = IntStream.range(0, tasks);
        (tasks > 1 ? range.parallel() : range).forEach(t -> {
            double[] w = partial[t];
            int deg = -1;
            for (int s = t * chunk, end = s + chunk; s < end; s++) {
                double c = coefficients[s] * scale;
                int k = Integer.bitCount(s);
                w[k] += c * c;
                if (k > deg && Math.abs(c) > tolerance) {
                    deg = k;
                }
            }
            maxDegree[t] = deg;
        });
        double[] weights = new double[n + 1];
        int degree = -1;
        for (int t = 0; t < tasks; t++) {
            for (int k = 0; k <= n; k++) {
                weights[k] += partial[t][k];
            }
            degree = Math.max(degree, maxDegree[t]);
        }
        return new FourierSpectrum(n, weights, Math.max(degree, 0));
    }

    /** NS_delta = 1/2 sum_S (1 - (1 - 2 delta)^|S|) fhat(S)^2, which is 1/2 - 1/2 sum_S (1-2delta)^|S| fhat(S)^2 for Boolean f. */
    public double noiseSensitivity(double delta) {
        double rho = 1 - 2 * delta;
        double s = 0;
        double power = 1;
        for (int k = 0; k <= n; k++) {
            s += (1 - power) * weights[k];
            power *= rho;
        }
        return s / 2;
    }
}
