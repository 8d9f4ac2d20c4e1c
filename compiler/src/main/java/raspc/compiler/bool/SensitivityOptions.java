package raspc.compiler.bool;

import java.util.List;

/**
 * How to analyse a function.
 *
 * @param exactMaxN   largest n analysed exactly (2^n evaluations, 8 * 2^n bytes); above it, Monte Carlo
 * @param monteCarlo  use Monte Carlo even when exact analysis is possible
 * @param samples     Monte Carlo (x, i) pairs; rounded up to a multiple of n
 * @param seed        Monte Carlo seed (same seed, same estimates)
 * @param deltas      flip probabilities for the noise sensitivity NS_delta
 * @param scale       how a real-valued function's outputs are read (Boolean functions ignore it)
 */
public record SensitivityOptions(int exactMaxN, boolean monteCarlo, long samples, long seed, List<Double> deltas,
                                 OutputScale scale) {
    public static final int DEFAULT_EXACT_MAX_N = 24;
    public static final long DEFAULT_SAMPLES = 1_000_000L;

    /** Real outputs on the {0,1} scale are mapped to ±1 by g -> 1 - 2g; ±1 outputs are used as they are. */
    public enum OutputScale { ZERO_ONE, PLUS_MINUS_ONE }

    public SensitivityOptions {
        deltas = List.copyOf(deltas);
        if (exactMaxN < 0 || exactMaxN > TruthTable.MAX_N) {
            throw new IllegalArgumentException("the exact-analysis cap must be between 0 and " + TruthTable.MAX_N + ", got " + exactMaxN);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("the number of samples must be positive, got " + samples);
        }
        for (double d : deltas) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("a noise rate delta must be between 0 and 1, got " + d);
            }
        }
    }

    public static SensitivityOptions defaults() {
        return new SensitivityOptions(DEFAULT_EXACT_MAX_N, false, DEFAULT_SAMPLES, 0L, List.of(0.1), OutputScale.ZERO_ONE);
    }

    public SensitivityOptions withExactMaxN(int cap) {
        return new SensitivityOptions(cap, monteCarlo, samples, seed, deltas, scale);
    }

    public SensitivityOptions withMonteCarlo(boolean on) {
        return new SensitivityOptions(exactMaxN, on, samples, seed, deltas, scale);
    }

    public SensitivityOptions withSamples(long count) {
        return new SensitivityOptions(exactMaxN, monteCarlo, count, seed, deltas, scale);
    }

    public SensitivityOptions withSeed(long s) {
        return new SensitivityOptions(exactMaxN, monteCarlo, samples, s, deltas, scale);
    }

    public SensitivityOptions withDeltas(List<Double> ds) {
        return new SensitivityOptions(exactMaxN, monteCarlo, samples, seed, ds, scale);
    }

    public SensitivityOptions withScale(OutputScale sc) {
        return new SensitivityOptions(exactMaxN, monteCarlo, samples, seed, deltas, sc);
    }
}
