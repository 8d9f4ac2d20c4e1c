package raspc.runtime.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.matrix.MaskedMatrix;

class MaskedFitTest {
    /** A 2 x 2 matrix [[0.1, 0.2], [0.5, -0.3]] with its second and last entries masked. */
    private static final MaskedMatrix M = new MaskedMatrix(2, new int[] {10, 20, 50, -30},
            new boolean[] {true, false, true, false});

    @Test
    void outputsThatCopyTheValueAreNearerTheValue() {
        // observed entries anything: only masked ones count
        var fit = MaskedEntryIntervention.MaskedFit.of(List.of(M), new float[][] {{9f, 0.5f, -9f, 0.5f}}, 0.5);
        assertEquals(0, fit.mseToValue(), 1e-12);
        assertEquals((0.3 * 0.3 + 0.8 * 0.8) / 2, fit.mseToTruth(), 1e-6);
        assertEquals(1.0, fit.closerToValue());
    }

    @Test
    void outputsThatCompleteTheMatrixAreNearerTheTruthAndAnEntryEqualToTheValueIsLeftOutOfTheShare() {
        var fit = MaskedEntryIntervention.MaskedFit.of(List.of(M), new float[][] {{0f, 0.2f, 0f, -0.3f}}, 0.2);
        assertEquals(0, fit.mseToTruth(), 1e-12);
        assertEquals((0 + 0.5 * 0.5) / 2, fit.mseToValue(), 1e-6);
        assertEquals(0.0, fit.closerToValue(), "the entry whose truth is 0.2 is not compared");
    }
}
