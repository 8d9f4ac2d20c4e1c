package raspc.runtime.matrix.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.matrix.EntryErrors;

/** Where a masked-error curve leaves its plateau, and its sharpest round. */
class LossCurveTest {
    private static LossCurve curve(double... masked) {
        List<LossCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < masked.length; i++) {
            points.add(new LossCurve.Point(100L * (i + 1), new EntryErrors(masked[i], 1e-3, masked[i] * 0.3, 3)));
        }
        return LossCurve.of(points);
    }

    @Test
    void aSlowFallAfterAPlateauEndsThePlateauWhereItStartsNotAtTheNoisiestRound() {
        // the shape of matrix_3_rank1_p30: flat, then a long fall with a bump that makes one late round the sharpest
        LossCurve c = curve(0.117, 0.116, 0.114, 0.111, 0.106, 0.099, 0.092, 0.086, 0.078, 0.083, 0.062, 0.058);
        assertTrue(c.leftPlateau());
        assertEquals(500, c.plateauEnd().step(), "0.106 is the last value above 90% of 0.117");
        assertEquals(1100, c.afterDrop().step(), "the bump's recovery is the sharpest single round");
    }

    @Test
    void aPlateauThatDipsAndComesBackIsNotLeft() {
        LossCurve c = curve(0.21, 0.21, 0.18, 0.21, 0.20, 0.21);
        assertFalse(c.leftPlateau());
        assertEquals(-1, c.plateauEndIndex());
    }
}
