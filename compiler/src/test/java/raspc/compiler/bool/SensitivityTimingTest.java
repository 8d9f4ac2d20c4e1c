package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Exact analysis must stay practical up to the default cap n = 24: its time per truth-table entry
 * must not grow with n (the work is a few passes over the 2^n table, n per entry at most), and
 * Monte Carlo's time per sample must not grow with the number of samples. Both are measured
 * against a smaller size in the same run, so the bounds hold on slow and busy machines alike;
 * the times go to the test output.
 */
class SensitivityTimingTest {
    /**
     * How much slower per unit the large size may be. Measured on 2 busy cores: 0.7..1.3 for the
     * bit-sliced Boolean analysis, up to 3 for the real-valued one (its 2^24 doubles are 128 MiB,
     * memory-bound) and 1.8 for Monte Carlo; anything quadratic in the table size is 16 here.
     */
    private static final double SLACK = 8;
    /** Per entry at n = 24 (10..100 ns measured): the absolute limit of "practical", 17 s at n = 24. */
    private static final double MAX_SECONDS_PER_ENTRY = 1e-6;
    /** Per Monte Carlo sample at n = 63 (about 0.5 us measured): 20 s for the default million. */
    private static final double MAX_SECONDS_PER_SAMPLE = 20e-6;

    @Test
    void exactParityTimePerEntryDoesNotGrowWithN() {
        SensitivityReport r = assertTimePerUnitHolds("exact parity", 20, 24, n -> 1L << n, MAX_SECONDS_PER_ENTRY,
                n -> ExactSensitivity.analyze(BooleanFunctions.parity(n), SensitivityOptions.defaults()));
        assertEquals(24, r.averageSensitivity(), 1e-9);
        assertEquals(24, r.degree());
        assertEquals(24, r.maxSensitivity());
    }

    @Test
    void compiledSpecTimePerEntryDoesNotGrowWithN() {
        BooleanSpec majority = BooleanSpec.parse("majority", List.of("n"), "2 * sum(x) > n");
        IntFunction<BooleanFunction> compiled = n -> BooleanSpecCompiler.compile(majority, List.of((long) n));
        SensitivityReport r = assertTimePerUnitHolds("exact majority from its spec", 20, 24, n -> 1L << n,
                MAX_SECONDS_PER_ENTRY, n -> ExactSensitivity.analyze(compiled.apply(n), SensitivityOptions.defaults()));
        assertEquals(24 * binomial(24, 12) / Math.pow(2, 24), r.averageSensitivity(), 1e-9);
    }

    @Test
    void exactRealValuedTimePerEntryDoesNotGrowWithN() {
        IntFunction<RealFunction> mean = n -> RealFunction.of("mean_" + n, n, x -> Long.bitCount(x) / (double) n);
        SensitivityReport r = assertTimePerUnitHolds("exact real-valued mean", 20, 24, n -> 1L << n,
                MAX_SECONDS_PER_ENTRY, n -> ExactSensitivity.analyzeReal(mean.apply(n), SensitivityOptions.defaults()));
        assertEquals(1.0 / 24, r.averageSensitivity(), 1e-9);
    }

    @Test
    void monteCarloTimePerSampleDoesNotGrowWithTheSamples() {
        BooleanFunction f = BooleanFunctions.majority(63);
        SensitivityReport r = assertTimePerUnitHolds("Monte Carlo majority_63, samples", 250_000, 1_000_000, s -> s,
                MAX_SECONDS_PER_SAMPLE, s -> MonteCarloSensitivity.analyze(f, SensitivityOptions.defaults().withSamples(s)));
        System.out.printf("Monte Carlo majority_63, %d samples: as = %.4f ± %.4f%n", r.samples(), r.averageSensitivity(),
                r.standardError());
        assertEquals(63 * binomial(62, 31) / Math.pow(2, 62), r.averageSensitivity(), 5 * r.standardError());
    }

    /**
     * Runs the analysis at small and at large size, each several times after warming the JIT at
     * the small size, and asserts that the best time per unit (entry or sample) at large is
     * within SLACK of the best at small, and below the absolute limit. Returns the last report at
     * large size.
     */
    private static SensitivityReport assertTimePerUnitHolds(String what, int small, int large, IntToLongFunction units,
            double maxSecondsPerUnit, IntFunction<SensitivityReport> analysis) {
        for (int i = 0; i < 3; i++) {
            analysis.apply(small);
        }
        double perUnitSmall = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            analysis.apply(small);
            perUnitSmall = Math.min(perUnitSmall, (System.nanoTime() - t0) / 1e9 / units.applyAsLong(small));
        }
        double perUnitLarge = Double.MAX_VALUE;
        SensitivityReport last = null;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            last = analysis.apply(large);
            perUnitLarge = Math.min(perUnitLarge, (System.nanoTime() - t0) / 1e9 / units.applyAsLong(large));
        }
        String figures = String.format("%s: %.1f ns per unit at %d, %.1f ns at %d (%.2fx; %.3f s in all at %d), %d cores",
                what, perUnitSmall * 1e9, small, perUnitLarge * 1e9, large, perUnitLarge / perUnitSmall,
                perUnitLarge * units.applyAsLong(large), large, Runtime.getRuntime().availableProcessors());
        System.out.println(figures);
        assertTrue(perUnitLarge <= SLACK * perUnitSmall, "time per unit grows with the size: " + figures);
        assertTrue(perUnitLarge <= maxSecondsPerUnit, "slower than " + maxSecondsPerUnit * 1e9 + " ns per unit: " + figures);
        return last;
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
