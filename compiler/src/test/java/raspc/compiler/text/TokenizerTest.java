package raspc.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.InputText;
import raspc.compiler.error.RaspError;
import raspc.compiler.task.Alphabets;
import raspc.compiler.task.DyckGenerator;

class TokenizerTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void oneTokenPerCodePoint() {
        assertEquals(List.of("a", EMOJI, "b", "é"), Tokenizer.tokens("a" + EMOJI + "bé"));
        assertEquals(List.of(), Tokenizer.tokens(""));
    }

    @Test
    void joinGivesTheTokensBackOrAList() {
        assertEquals("a" + EMOJI + "b", Tokenizer.join(List.of("a", EMOJI, "b")));
        assertEquals("[X1, X2]", Tokenizer.join(List.of("X1", "X2")));
    }

    @Test
    void inputTextIsAJsonArrayOrCodePoints() {
        assertEquals(List.of("X1", "X2"), InputText.tokens("[\"X1\",\"X2\"]"));
        assertEquals(List.of("1", "2.5", "True"), InputText.tokens("[1, 2.5, true]"));
        assertEquals(List.of(EMOJI, "x"), InputText.tokens(EMOJI + "x"));
        String message = assertThrows(RaspError.class, () -> InputText.tokens("[1")).getMessage();
        assertTrue(message.startsWith("bad input [1: not a JSON array"), message);
    }

    @Test
    void taskAlphabetsAndDyckPairsSplitByCodePoint() {
        assertEquals(List.of(EMOJI, "a"), Alphabets.characters(EMOJI + "a" + EMOJI));
        assertEquals(List.of(EMOJI, "\uD83D\uDE01"), new DyckGenerator(List.of(EMOJI + "\uD83D\uDE01"), null, 0).alphabet());
    }
}
