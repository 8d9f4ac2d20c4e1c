package raspc.compiler.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import raspc.compiler.error.RaspError;

class ScratchpadTaskTest {

    /** x = 1,1,0,1 (bit 0 first): p_i is the parity of x1..xi, x_i included, so p1 = x1. */
    @Test
    void aScratchpadDocumentIsTheBitsThenEveryPrefixParity() {
        ScratchpadTask t = ScratchpadTask.parse("parity_scratchpad_4");
        long x = 0b1011; // bits 0, 1 and 3 set
        assertArrayEquals(new int[] {1, 1, 0, 1, 1, 0, 0, 1}, t.document(x));
        assertEquals(List.of("1", "1", "0", "1", "1", "0", "0", "1"), t.tokens(t.document(x)));
        assertEquals(4, t.promptLength());
        assertEquals(4, t.answerTokens());
        assertEquals(8, t.documentLength());
    }

    @Test
    void aDirectDocumentIsTheBitsThenTheirParity() {
        ScratchpadTask t = ScratchpadTask.parse("parity_direct_4");
        assertArrayEquals(new int[] {1, 1, 0, 1, 1}, t.document(0b1011));
        assertArrayEquals(new int[] {1, 1, 0, 0, 0}, t.document(0b0011));
        assertEquals(1, t.answerTokens());
    }

    /** Against a plain recomputation, on many inputs of many lengths, and the last token is the parity in both formats. */
    @Test
    void everyPrefixParityMatchesItsDefinition() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {1, 2, 7, 32, 62}) {
            ScratchpadTask pad = new ScratchpadTask(n, ScratchpadTask.Format.SCRATCHPAD);
            ScratchpadTask direct = new ScratchpadTask(n, ScratchpadTask.Format.DIRECT);
            for (int k = 0; k < 50; k++) {
                long x = random.nextLong() & (n == 64 ? -1L : (1L << n) - 1);
                int[] d = pad.document(x);
                for (int i = 1; i <= n; i++) {
                    long prefix = x & ((1L << i) - 1);
                    assertEquals(Long.bitCount(prefix) % 2, d[n + i - 1], "p_" + i + " of " + Long.toBinaryString(x));
                }
                assertEquals(Long.bitCount(x) % 2, d[d.length - 1]);
                assertEquals(Long.bitCount(x) % 2, direct.document(x)[n]);
            }
        }
    }

    @Test
    void namesRoundTripAndMistakesAreNamed() {
        assertTrue(ScratchpadTask.isScratchpadName("parity_scratchpad_16"));
        assertTrue(ScratchpadTask.isScratchpadName("parity_direct_3"));
        assertFalse(ScratchpadTask.isScratchpadName("parity_16"));
        assertEquals("parity_direct_12", ScratchpadTask.parse("parity_direct_12").name());
        assertEquals(new ScratchpadTask(16, ScratchpadTask.Format.SCRATCHPAD), ScratchpadTask.parse("parity_scratchpad_16"));
        assertTrue(assertThrows(RaspError.class, () -> ScratchpadTask.parse("parity_scratchpad_63")).getMessage()
                .contains("1 <= n <= 62"));
        assertTrue(assertThrows(RaspError.class, () -> ScratchpadTask.parse("parity_scratchpad_99999999999")).getMessage()
                .contains("1 <= n <= 62"));
        assertThrows(RaspError.class, () -> ScratchpadTask.parse("parity_scratchpad_0"));
    }

    @Test
    void theRegistryResolvesTheNamesWithoutAFile() {
        var registry = raspc.compiler.TaskRegistry.of(List.of());
        assertEquals(new ScratchpadTask(8, ScratchpadTask.Format.DIRECT),
                registry.task("parity_direct_8", TaskOptions.NONE));
    }

    @Test
    void theDatasetLineHoldsTheDocument() {
        assertEquals("{\"ids\":[1,0,1,1],\"tokens\":[\"1\",\"0\",\"1\",\"1\"],\"prompt_length\":2,\"answer_length\":2,"
                + "\"parity\":1}", ScratchpadJson.jsonLine(ScratchpadTask.parse("parity_scratchpad_2"), 0b01));
    }
}
