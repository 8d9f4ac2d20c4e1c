package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import raspc.compiler.bool.BooleanFunctions;
import raspc.compiler.bool.ExactSensitivity;
import raspc.compiler.bool.Sensitivity;
import raspc.compiler.bool.SensitivityOptions;
import raspc.compiler.task.TokenSensitivity;

class SensitivityTextTest {

    @Test
    void textSaysWhichNumberIsWhich() {
        String exact = SensitivityText.of(ExactSensitivity.analyze(BooleanFunctions.majority(5), SensitivityOptions.defaults()));
        assertTrue(exact.startsWith("majority_5: n = 5 (exact, all 2^5 inputs)"), exact);
        assertTrue(exact.contains("average sensitivity as(f) = 1.875"), exact);
        assertTrue(exact.contains("flip rate as(f)/n         = 0.375"), exact);
        assertTrue(exact.contains("degree 5, max sensitivity 3, NS_0.1 = "), exact);
        assertTrue(exact.contains("influences: all 0.375"), exact);

        String mc = SensitivityText.of(Sensitivity.analyze(BooleanFunctions.sparseParity(40, 2, 9, 23, 36),
                SensitivityOptions.defaults().withSamples(40_000)));
        assertTrue(mc.contains("Monte Carlo, 40000 samples, seed 0"), mc);
        assertTrue(mc.contains("degree n/a, max sensitivity n/a"), mc);
        assertTrue(mc.contains("... (24 more)"), mc);
    }

    @Test
    void tokenSensitivityNamesItsFigures() {
        var report = new TokenSensitivity.Report("reverse_26", 100, 3, 0.25, 0.01, 2.5, 0.1, 10.0,
                new double[] {1, 0.5, 0.25});
        String text = SensitivityText.of(report);
        assertTrue(text.startsWith("reverse_26: token-substitution sensitivity of the reference program (Monte Carlo, "
                + "100 substitutions, seed 3)\n"), text);
        assertTrue(text.contains("  average sensitivity  2.5000 ± 0.1000  (positions whose change changes the output;"
                + " mean length 10.0)\n"), text);
        assertTrue(text.contains("  flip rate            0.2500 ± 0.0100"), text);
        assertTrue(text.endsWith("influence by position (first 10): 1.000 0.500 0.250\n"), text);
    }
}
