package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlopesTest {
    @Test
    void aLineThroughTwoCellsSaysItHasNoStandardErrorInsteadOfPrintingNaN() {
        Slopes two = Slopes.line("sharpness_x4", "parity", new double[] {4, 6}, new double[] {0.3, 0.5}, 2);
        assertTrue(Double.isNaN(two.slopeStdError()));
        String text = two.toText();
        assertFalse(text.contains("NaN"), text);
        assertTrue(text.contains("slope +0.10000 per bit (standard error needs 3+ cells)"), text);
    }

    @Test
    void threeOrMoreCellsPrintTheSlopeWithItsStandardError() {
        Slopes s = Slopes.line("m", "g", new double[] {4, 6, 8}, new double[] {1, 2, 4}, 3);
        assertEquals(0.75, s.slope(), 1e-12);
        assertTrue(s.toText().contains("slope +0.75000 ± 0.14434 per bit   intercept"), s.toText());
    }

    @Test
    void tinySlopesKeepTheirDigitsInsteadOfRoundingToZero() {
        Slopes s = Slopes.line("m", "g", new double[] {4, 6, 8}, new double[] {1e-5, 1.02e-5, 1.04e-5}, 3);
        assertTrue(s.toText().contains("slope +1.00e-07 ± "), s.toText());
        assertEquals("-0.37199", Slopes.number(-0.37199, true));
        assertEquals("0.00000", Slopes.number(0, false));
    }
}
