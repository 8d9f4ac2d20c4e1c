package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exact analysis must stay practical up to the default cap n = 24. Times go to the test output. */
class SensitivityTimingTest {

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Test
    void exactParityAtN20And24() {
        // warm up the JIT on a small case so the figures below measure the steady state
        ExactSensitivity.analyze(BooleanFunctions.parity(16), SensitivityOptions.defaults());
        for (int n : new int[] {20, 24}) {
            BooleanFunction f = BooleanFunctions.parity(n);
            long t0 = System.nanoTime();
            SensitivityReport r = ExactSensitivity.analyze(f, SensitivityOptions.defaults());
            double total = seconds(t0);

            long t1 = System.nanoTime();
            TruthTable table = f.values();
            double tableTime = seconds(t1);
            double[] signs = table.toSigns();
            long t2 = System.nanoTime();
            WalshHadamard.transform(signs);
            double whtTime = seconds(t2);

            System.out.printf("exact parity_%d: %.3f s total (truth table %.3f s, WHT %.3f s), %d cores%n",
                    n, total, tableTime, whtTime, Runtime.getRuntime().availableProcessors());
            assertEquals(n, r.averageSensitivity(), 1e-9);
            assertEquals(n, r.degree());
            assertEquals(n, r.maxSensitivity());
            assertTrue(total < 60, "exact analysis at n = " + n + " took " + total + " s");
        }
    }

    @Test
    void compiledSpecAtN24() {
        BooleanFunction f = BooleanSpecCompiler.compile(BooleanSpec.parse("majority", java.util.List.of("n"), "2 * sum(x) > n"),
                java.util.List.of(24L));
        long t0 = System.nanoTime();
        SensitivityReport r = ExactSensitivity.analyze(f, SensitivityOptions.defaults());
        double total = seconds(t0);
        System.out.printf("exact majority_24 from its spec: %.3f s%n", total);
        assertEquals(24 * binomial(24, 12) / Math.pow(2, 24), r.averageSensitivity(), 1e-9);
        assertTrue(total < 60);
    }

    @Test
    void exactRealValuedMeanAtN24() {
        int n = 24;
        RealFunction mean = RealFunction.of("mean_24", n, x -> Long.bitCount(x) / (double) n);
        long t0 = System.nanoTime();
        SensitivityReport r = ExactSensitivity.analyzeReal(mean, SensitivityOptions.defaults());
        double total = seconds(t0);
        System.out.printf("exact real-valued mean_24: %.3f s%n", total);
        assertEquals(1.0 / n, r.averageSensitivity(), 1e-9);
        assertTrue(total < 120);
    }

    @Test
    void monteCarloMillionSamplesAtN63() {
        BooleanFunction f = BooleanFunctions.majority(63);
        long t0 = System.nanoTime();
        SensitivityReport r = MonteCarloSensitivity.analyze(f, SensitivityOptions.defaults());
        double total = seconds(t0);
        System.out.printf("Monte Carlo majority_63, %d samples: %.3f s, as = %.4f ± %.4f%n",
                r.samples(), total, r.averageSensitivity(), r.standardError());
        assertTrue(total < 60);
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
