package raspc.runtime.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.data.EncodedSample;

class ScratchpadPositionsTest {
    private static final ScratchpadTask PAD = ScratchpadTask.parse("parity_scratchpad_4");
    private static final ScratchpadTask DIRECT = ScratchpadTask.parse("parity_direct_4");

    @Test
    void theAnswerIsPredictedFromTheLastInputBitOn() {
        assertArrayEquals(new int[] {3, 4, 5, 6}, ScratchpadPositions.answer(PAD));
        assertArrayEquals(new int[] {3}, ScratchpadPositions.answer(DIRECT));
        // exactly the scored targets of a sample
        EncodedSample s = ScratchpadData.sample(PAD, PAD.document(0b0110));
        for (int p = 0; p < s.size(); p++) {
            assertEquals(p >= 3, s.target()[p] != EncodedSample.UNSCORED, "position " + p);
        }
        Map<String, int[]> outputs = ScratchpadPositions.outputs(PAD);
        assertEquals(List.of("p1..p3", "p4"), List.copyOf(outputs.keySet()));
        assertArrayEquals(new int[] {6}, outputs.get("p4"));
        assertEquals(List.of("p4"), List.copyOf(ScratchpadPositions.outputs(DIRECT).keySet()));
        assertEquals(List.of("x1", "x2", "x3", "x4", "p1", "p2", "p3"), ScratchpadPositions.roles(PAD));
        assertEquals(List.of("x1", "x2", "x3", "x4"), ScratchpadPositions.roles(DIRECT));
    }

    @Test
    void theBitAStepConsumes() {
        assertEquals(-1, ScratchpadPositions.consumed(PAD, 2));
        assertEquals(0, ScratchpadPositions.consumed(PAD, 3), "x4's position writes p1 = x1");
        assertEquals(3, ScratchpadPositions.consumed(PAD, 6), "p3's position writes p4 = p3 xor x4");
        assertEquals(-1, ScratchpadPositions.consumed(DIRECT, 3));
    }

    /** Rows of one prefix at one position are one residual: they share a group, so a probe never sees one on both sides. */
    @Test
    void rowsAreGroupedByThePrefixTheirPositionReads() {
        List<EncodedSample> samples = List.of(ScratchpadData.sample(PAD, PAD.document(0b0001)),
                ScratchpadData.sample(PAD, PAD.document(0b1001)));
        // rows: position 1 and position 4 of each sample
        ResidualRows rows = new ResidualRows(new double[1][4][1], new int[] {0, 0, 1, 1}, new int[] {1, 4, 1, 4});
        int[] groups = ScratchpadPositions.prefixOfRow(PAD, samples, rows);
        assertEquals(groups[0], groups[2], "x1 x2 = 1 0 in both");
        assertNotEquals(groups[1], groups[3], "from the last bit on the whole input counts");
        assertNotEquals(groups[0], groups[1]);
        assertArrayEquals(new int[] {0, 1, 0, 2}, groups);
    }
}
