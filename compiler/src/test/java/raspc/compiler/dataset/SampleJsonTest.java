package raspc.compiler.dataset;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleJsonTest {
    private static final Sample SORT = new Sample(List.of("§", "h", "b"), List.of("§", "b", "h"), List.of(
            HeadTarget.fromRows(0, 0, List.of("100", "101", "100")),
            HeadTarget.fromRows(1, 0, List.of("100", "001", "010"))));

    @Test
    void roundTripsThroughJsonLines() {
        String line = SampleJson.toLine(SORT);
        assertEquals("{\"input\":[\"§\",\"h\",\"b\"],\"target\":[\"§\",\"b\",\"h\"],\"attention\":["
                + "{\"layer\":0,\"head\":0,\"rows\":[\"100\",\"101\",\"100\"]},"
                + "{\"layer\":1,\"head\":0,\"rows\":[\"100\",\"001\",\"010\"]}]}", line);
        Sample back = SampleJson.fromLine(line);
        assertEquals(SORT.input(), back.input());
        assertEquals(SORT.target(), back.target());
        assertArrayEquals(SORT.attention().get(1).rows(), back.attention().get(1).rows());
    }

    @Test
    void samplesWithoutAttentionOmitTheField() {
        String line = SampleJson.toLine(new Sample(List.of("a", "\""), List.of("\"", "a"), List.of()));
        assertEquals("{\"input\":[\"a\",\"\\\"\"],\"target\":[\"\\\"\",\"a\"]}", line);
    }

    @Test
    void badLinesAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleJson.fromLine("{\"input\":1"));
        assertTrue(e.getMessage().startsWith("not a raspc sample line"));
        assertThrows(IllegalArgumentException.class, () -> HeadTarget.fromRows(0, 0, List.of("102")));
    }
}
