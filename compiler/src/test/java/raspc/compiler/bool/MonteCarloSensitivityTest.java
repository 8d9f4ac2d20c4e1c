package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonteCarloSensitivityTest {
    private static final SensitivityOptions MC = SensitivityOptions.defaults().withMonteCarlo(true).withSamples(200_000).withSeed(11);

    /** |estimate - exact| within 4 standard errors (a false alarm about once in 15,000 runs). */
    private static void assertWithin(double exact, double estimate, double se, String what) {
        assertTrue(se > 0 || estimate == exact, what + ": zero standard error");
        assertTrue(Math.abs(estimate - exact) <= 4 * se + 1e-12,
                what + ": estimate " + estimate + " ± " + se + " vs exact " + exact);
    }

    @Test
    void estimatesAgreeWithExactValues() {
        for (BooleanFunction f : List.of(BooleanFunctions.majority(15), BooleanFunctions.strictMajority(10),
                BooleanFunctions.randomTable(12, 3), BooleanFunctions.and(4),
                BooleanFunctions.junta(9, new int[] {1, 4, 8}, y -> ((y & 3) == 3) || (y & 4) == 0))) {
            SensitivityReport exact = ExactSensitivity.analyze(f, MC);
            SensitivityReport mc = MonteCarloSensitivity.analyze(f, MC);
            assertWithin(exact.averageSensitivity(), mc.averageSensitivity(), mc.standardError(), f.name() + " as");
            for (int i = 0; i < f.n(); i++) {
                assertWithin(exact.influences()[i], mc.influences()[i], mc.influenceStandardErrors()[i], f.name() + " Inf_" + i);
            }
            assertWithin(exact.noiseSensitivity().get("0.1"), mc.noiseSensitivity().get("0.1"),
                    mc.noiseSensitivityStandardError().get("0.1"), f.name() + " NS_0.1");
        }
    }

    @Test
    void parityAndFirstAreExactEvenBySampling() {
        SensitivityReport parity = MonteCarloSensitivity.analyze(BooleanFunctions.parity(30), MC);
        assertEquals(30, parity.averageSensitivity(), 1e-12);
        assertEquals(0, parity.standardError(), 1e-12);
        SensitivityReport first = MonteCarloSensitivity.analyze(BooleanFunctions.first(50), MC);
        assertEquals(1, first.averageSensitivity(), 1e-12);
    }

    @Test
    void sparseParityAtN40IsAboutK() {
        SensitivityReport r = Sensitivity.analyze(BooleanFunctions.sparseParity(40, 2, 9, 23, 36), MC);
        assertEquals(SensitivityReport.MONTE_CARLO, r.method());
        assertEquals(4.0, r.averageSensitivity(), 1e-12); // every sampled flip of a relevant bit changes f
        assertEquals(0.1, r.flipRate(), 1e-12);
        assertNull(r.degree());
        assertNull(r.spectrum());
        assertNull(r.maxSensitivity());
        assertEquals(1.0, r.influences()[9], 1e-12);
        assertEquals(0.0, r.influences()[10], 1e-12);
    }

    @Test
    void majorityAt41MatchesTheClosedForm() {
        int n = 41;
        double c = 1;
        for (int i = 1; i <= 20; i++) {
            c = c * (20 + i) / i; // C(40, 20)
        }
        double exact = n * c / Math.pow(2, 40);
        SensitivityReport r = Sensitivity.analyze(BooleanFunctions.majority(n), MC);
        assertWithin(exact, r.averageSensitivity(), r.standardError(), "majority_41");
    }

    @Test
    void sameSeedSameNumbersDifferentSeedDifferentNumbers() {
        BooleanFunction f = BooleanFunctions.majority(21);
        SensitivityReport a = MonteCarloSensitivity.analyze(f, MC);
        SensitivityReport b = MonteCarloSensitivity.analyze(f, MC);
        SensitivityReport c = MonteCarloSensitivity.analyze(f, MC.withSeed(12));
        assertEquals(a.averageSensitivity(), b.averageSensitivity());
        assertArrayEquals(a.influences(), b.influences());
        assertEquals(a.toJson(), b.toJson());
        assertTrue(a.averageSensitivity() != c.averageSensitivity());
    }

    @Test
    void samplesAreRoundedUpToAMultipleOfN() {
        SensitivityReport r = MonteCarloSensitivity.analyze(BooleanFunctions.parity(7), MC.withSamples(100));
        assertEquals(105L, r.samples());
        assertNotNull(r.seed());
    }

    @Test
    void realValuedMeanHasSensitivityOneOverN() {
        int n = 40;
        RealFunction mean = RealFunction.of("mean_40", n, x -> Long.bitCount(x) / (double) n);
        SensitivityReport r = Sensitivity.analyzeReal(mean, MC);
        assertEquals(1.0 / n, r.averageSensitivity(), 1e-12); // every flip changes the mean by exactly 1/n
        assertEquals("real", r.output());
    }

    @Test
    void noiseMaskFlipsEachBitWithProbabilityDelta() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 20;
        int trials = 200_000;
        long[] hits = new long[n];
        for (int t = 0; t < trials; t++) {
            long m = MonteCarloSensitivity.noiseMask(rng, n, 0.1);
            assertEquals(0, m >>> n);
            for (int i = 0; i < n; i++) {
                hits[i] += (m >>> i) & 1;
            }
        }
        double se = Math.sqrt(0.1 * 0.9 / trials);
        for (int i = 0; i < n; i++) {
            assertEquals(0.1, hits[i] / (double) trials, 5 * se, "bit " + i);
        }
        assertEquals(0L, MonteCarloSensitivity.noiseMask(rng, n, 0.0));
        assertEquals((1L << n) - 1, MonteCarloSensitivity.noiseMask(rng, n, 1.0));
    }
}
