package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactSensitivityTest {
    private static final SensitivityOptions OPTIONS = SensitivityOptions.defaults();

    private static SensitivityReport exact(BooleanFunction f) {
        return ExactSensitivity.analyze(f, OPTIONS);
    }

    private static void assertAs(double expected, BooleanFunction f) {
        SensitivityReport r = exact(f);
        assertEquals(expected, r.averageSensitivity(), 1e-12, f.name());
        assertEquals(expected / f.n(), r.flipRate(), 1e-12, f.name());
        // the spectrum gives the same total influence as the flip counts
        double fromSpectrum = 0;
        for (int k = 0; k < r.spectrum().length; k++) {
            fromSpectrum += k * r.spectrum()[k];
        }
        assertEquals(expected, fromSpectrum, 1e-9, f.name() + " via the spectrum");
    }

    @Test
    void parityHasSensitivityN() {
        for (int n : new int[] {1, 2, 3, 5, 6, 7, 10, 16}) {
            assertAs(n, BooleanFunctions.parity(n));
        }
    }

    @Test
    void sparseParityHasSensitivityK() {
        assertAs(4, BooleanFunctions.sparseParity(20, 2, 9, 13, 19));
        assertAs(3, BooleanFunctions.randomSparseParity(12, 3, 5L));
    }

    @Test
    void firstHasSensitivityOne() {
        for (int n : new int[] {1, 4, 9}) {
            assertAs(1, BooleanFunctions.first(n));
        }
    }

    @Test
    void andAndOrHaveSensitivityNTimesTwoToOneMinusN() {
        for (int n : new int[] {1, 2, 3, 5, 8, 13}) {
            double expected = n * Math.pow(2, 1 - n);
            assertAs(expected, BooleanFunctions.and(n));
            assertAs(expected, BooleanFunctions.or(n));
        }
    }

    @Test
    void majorityOddMatchesTheClosedForms() {
        assertAs(3.0 / 2, BooleanFunctions.majority(3));
        assertAs(15.0 / 8, BooleanFunctions.majority(5));
        assertAs(35.0 / 16, BooleanFunctions.majority(7));
        assertAs(315.0 / 128, BooleanFunctions.majority(9));
        assertAs(6435.0 / 2048, BooleanFunctions.majority(15));
    }

    @Test
    void strictMajorityEvenMatchesTheClosedForms() {
        assertAs(3.0 / 2, BooleanFunctions.strictMajority(4));
        assertAs(315.0 / 128, BooleanFunctions.strictMajority(10));
        assertAs(230945.0 / 65536, BooleanFunctions.strictMajority(20));
    }

    @Test
    void randomFunctionIsAboutNOverTwo() {
        // For a uniformly random f each of the n 2^(n-1) pairs differs with probability 1/2
        // independently, so as(f) has mean n/2 and standard deviation sqrt(n / 2^(n+1)).
        int n = 14;
        double sd = Math.sqrt(n / Math.pow(2, n + 1));
        for (long seed = 0; seed < 5; seed++) {
            double as = exact(BooleanFunctions.randomTable(n, seed)).averageSensitivity();
            assertEquals(n / 2.0, as, 6 * sd, "seed " + seed);
        }
    }

    @Test
    void noiseSensitivityOfMajority3AndParity3() {
        SensitivityOptions o = OPTIONS.withDeltas(List.of(0.1, 0.0, 0.5));
        SensitivityReport maj = ExactSensitivity.analyze(BooleanFunctions.majority(3), o);
        SensitivityReport par = ExactSensitivity.analyze(BooleanFunctions.parity(3), o);
        assertEquals(0.136, maj.noiseSensitivity().get("0.1"), 0.0005);
        assertEquals(0.244, par.noiseSensitivity().get("0.1"), 0.0005);
        assertEquals(0.0, par.noiseSensitivity().get("0"), 1e-12);
        assertEquals(0.5, par.noiseSensitivity().get("0.5"), 1e-12);
    }

    @Test
    void majority3SpectrumIsThreeQuartersOnDegreeOneAndAQuarterOnDegreeThree() {
        SensitivityReport r = exact(BooleanFunctions.majority(3));
        assertEquals(0.0, r.spectrum()[0], 1e-12);
        assertEquals(0.75, r.spectrum()[1], 1e-12);
        assertEquals(0.0, r.spectrum()[2], 1e-12);
        assertEquals(0.25, r.spectrum()[3], 1e-12);
    }

    @Test
    void degrees() {
        assertEquals(7, exact(BooleanFunctions.parity(7)).degree());
        assertEquals(3, exact(BooleanFunctions.majority(3)).degree());
        assertEquals(1, exact(BooleanFunctions.first(9)).degree());
        assertEquals(4, exact(BooleanFunctions.sparseParity(10, 1, 3, 5, 7)).degree());
        assertEquals(6, exact(BooleanFunctions.and(6)).degree());
        assertEquals(0, exact(BooleanFunction.of("zero", 5, x -> false)).degree());
    }

    @Test
    void maxSensitivityAndInfluences() {
        assertEquals(10, exact(BooleanFunctions.parity(10)).maxSensitivity());
        assertEquals(8, exact(BooleanFunctions.majority(15)).maxSensitivity());
        assertEquals(4, exact(BooleanFunctions.strictMajority(6)).maxSensitivity());
        assertEquals(5, exact(BooleanFunctions.and(5)).maxSensitivity());
        assertEquals(1, exact(BooleanFunctions.first(12)).maxSensitivity());
        assertEquals(0, exact(BooleanFunction.of("one", 3, x -> true)).maxSensitivity());

        double[] inf = exact(BooleanFunctions.sparseParity(8, 1, 6)).influences();
        for (int i = 0; i < 8; i++) {
            assertEquals(i == 1 || i == 6 ? 1.0 : 0.0, inf[i], 0.0, "bit " + i);
        }
        double[] first = exact(BooleanFunctions.first(7)).influences();
        assertEquals(1.0, first[0]);
        assertEquals(0.0, first[6]);
    }

    @Test
    void influencesMatchBruteForceOnAJunta() {
        // f = (x0 and x1) or not x2, spread over bits 0, 4, 9 of 11 (covers in-word and cross-word partners)
        int[] rel = {0, 4, 9};
        BooleanFunction f = BooleanFunctions.junta(11, rel, y -> ((y & 3) == 3) || (y & 4) == 0);
        SensitivityReport r = exact(f);
        int maxBrute = 0;
        double[] brute = new double[11];
        for (long x = 0; x < 1L << 11; x++) {
            int s = 0;
            for (int i = 0; i < 11; i++) {
                if (f.eval(x) != f.eval(x ^ (1L << i))) {
                    brute[i] += 1.0 / (1 << 11);
                    s++;
                }
            }
            maxBrute = Math.max(maxBrute, s);
        }
        for (int i = 0; i < 11; i++) {
            assertEquals(brute[i], r.influences()[i], 1e-15, "bit " + i);
        }
        assertEquals(maxBrute, r.maxSensitivity());
        assertEquals(3, r.degree());
    }

    @Test
    void realVariantAgreesWithTheBooleanOneAndGivesMeanOneOverN() {
        BooleanFunction maj = BooleanFunctions.majority(9);
        SensitivityReport asReal = ExactSensitivity.analyzeReal(RealFunction.of(maj), OPTIONS);
        SensitivityReport asBool = exact(maj);
        assertEquals(asBool.averageSensitivity(), asReal.averageSensitivity(), 1e-12);
        assertEquals(asBool.degree(), asReal.degree());
        assertEquals(asBool.noiseSensitivity().get("0.1"), asReal.noiseSensitivity().get("0.1"), 1e-12);
        assertEquals(5.0, asReal.maxSensitivity().doubleValue(), 1e-12);
        assertEquals("real", asReal.output());

        int n = 12;
        RealFunction mean = RealFunction.of("mean_12", n, x -> Long.bitCount(x) / (double) n);
        SensitivityReport r = ExactSensitivity.analyzeReal(mean, OPTIONS);
        assertEquals(1.0 / n, r.averageSensitivity(), 1e-12);
        assertEquals(1, r.degree());
        // on the ±1 scale G = 1 - 2g already; the PLUS_MINUS_ONE reading of g itself is 4 times smaller
        SensitivityReport pm = ExactSensitivity.analyzeReal(mean,
                OPTIONS.withScale(SensitivityOptions.OutputScale.PLUS_MINUS_ONE));
        assertEquals(1.0 / (4 * n), pm.averageSensitivity(), 1e-12);
    }

    @Test
    void exactReportHasNoStandardErrors() {
        SensitivityReport r = exact(BooleanFunctions.parity(4));
        assertEquals(SensitivityReport.EXACT, r.method());
        assertNull(r.standardError());
        assertNull(r.samples());
    }

    @Test
    void refusesTablesBeyondTheHardCap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExactSensitivity.analyze(BooleanFunctions.parity(40), OPTIONS));
        assertTrue(e.getMessage().contains("Monte Carlo"), e.getMessage());
    }

    @Test
    void facadeChoosesExactUpToTheCapAndMonteCarloAbove() {
        assertEquals(SensitivityReport.EXACT, Sensitivity.analyze(BooleanFunctions.parity(10), OPTIONS).method());
        SensitivityOptions small = OPTIONS.withExactMaxN(8).withSamples(20_000);
        assertEquals(SensitivityReport.MONTE_CARLO, Sensitivity.analyze(BooleanFunctions.parity(10), small).method());
        assertEquals(SensitivityReport.MONTE_CARLO,
                Sensitivity.analyze(BooleanFunctions.parity(4), OPTIONS.withMonteCarlo(true).withSamples(1000)).method());
    }
}
