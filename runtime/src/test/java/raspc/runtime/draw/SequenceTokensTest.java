package raspc.runtime.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.RuntimeUserException;

/** draw-attention's --sequence: the compiler's tokenizer, or a JSON array for multi-character tokens. */
class SequenceTokensTest {
    private static final String EMOJI = "\uD83D\uDE00";
    private static final List<String> ALPHABET = List.of("a", "b", EMOJI, "X1", "X2");

    @Test
    void textIsOneTokenPerCodePoint() {
        assertEquals(List.of("a", EMOJI, "b"), SequenceTokens.of("a" + EMOJI + "b", ALPHABET, false, "t"));
    }

    @Test
    void aJsonArrayGivesMultiCharacterTokens() {
        assertEquals(List.of("X1", "X2", "a"), SequenceTokens.of("[\"X1\",\"X2\",\"a\"]", ALPHABET, false, "t"));
        assertEquals(List.of("1", "0"), SequenceTokens.of("[1, 0]", List.of("0", "1"), true, "parity_4"));
    }

    @Test
    void mistakesAreClearMessages() {
        assertEquals("the sequence has tokens outside the alphabet of t: 'X3', 'c' (alphabet: [a, b, " + EMOJI + ", X1, X2])",
                assertThrows(RuntimeUserException.class,
                        () -> SequenceTokens.of("[\"X3\",\"c\"]", ALPHABET, false, "t")).getMessage());
        assertEquals("the sequence has a token outside the alphabet of t: 'z' (alphabet: ab)",
                assertThrows(RuntimeUserException.class,
                        () -> SequenceTokens.of("az", List.of("a", "b"), false, "t")).getMessage());
        assertEquals("the sequence is empty",
                assertThrows(RuntimeUserException.class, () -> SequenceTokens.of("[]", ALPHABET, false, "t")).getMessage());
        assertEquals("a Boolean task's input is a string of 0s and 1s, got '012'",
                assertThrows(RuntimeUserException.class, () -> SequenceTokens.of("012", List.of("0", "1"), true, "p")).getMessage());
        assertEquals("the sequence to draw: bad input [\"X1\": not a JSON array (unexpected end of input: expected ']', at column 6)",
                assertThrows(RuntimeUserException.class, () -> SequenceTokens.of("[\"X1\"", ALPHABET, false, "t")).getMessage());
    }
}
