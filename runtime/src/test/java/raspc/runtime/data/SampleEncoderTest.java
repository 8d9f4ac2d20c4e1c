package raspc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.runtime.RuntimeUserException;

class SampleEncoderTest {
    private final SampleEncoder encoder = new SampleEncoder("toy", List.of("§", "a", "b"), List.of("x", "y"));

    @Test
    void tokensBecomeTheirIndexInTheVocabularyAndHeadsKeepTheirPattern() {
        boolean[][] pattern = {{true, false}, {false, true}};
        EncodedSample s = encoder.encode(new Sample(List.of("b", "a"), List.of("y", "x"),
                List.of(new HeadTarget(1, 0, pattern))));
        assertArrayEquals(new int[] {2, 1}, s.input());
        assertArrayEquals(new int[] {1, 0}, s.target());
        assertArrayEquals(pattern, s.attention().get(new HeadId(1, 0)));
    }

    @Test
    void aTokenOutsideTheVocabularyIsNamed() {
        RuntimeUserException e = assertThrows(RuntimeUserException.class, () -> encoder.inputIds(List.of("a", "z")));
        assertEquals("'z' is not in the input alphabet of toy", e.getMessage());
        assertEquals(-1, encoder.inputId("z"));
        assertEquals(0, encoder.inputId("§"));
    }
}
