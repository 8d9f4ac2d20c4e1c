package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InOutReportTest {
    @Test
    void findsThePositionsWhereOutputAndReferenceDiffer() {
        InOutReport r = new InOutReport("run", 0.5, List.of("c", "a", "b"), List.of("a", "c", "b"), List.of("a", "b", "c"));
        assertEquals(List.of(1, 2), r.differences());
    }

    @Test
    void positionsPastTheShorterSequenceDiffer() {
        InOutReport r = new InOutReport("run", 0.5, List.of("x", "y", "z"), List.of("x"), List.of("x", "y", "z"));
        assertEquals(List.of(1, 2), r.differences());
        assertEquals(List.of(2), new InOutReport("r", 1, List.of(), List.of("a", "b", "c"), List.of("a", "b")).differences());
    }

    @Test
    void textAlignsColumnsAndMarksDifferences() {
        InOutReport r = new InOutReport("sort-1", 0.9731, List.of("<BOS>", "b", "a"), List.of("<BOS>", "a", "a"),
                List.of("<BOS>", "a", "b"));
        List<String> lines = r.text().lines().toList();
        assertEquals("run:           sort-1", lines.get(0));
        assertEquals("test accuracy: 97.31%", lines.get(1));
        assertEquals("position:      0     1 2", lines.get(2));
        assertEquals("input:         <BOS> b a", lines.get(3));
        assertEquals("output:        <BOS> a a", lines.get(4));
        assertEquals("reference:     <BOS> a b", lines.get(5));
        assertEquals("differs:               ^", lines.get(6));
        assertEquals("differences:   1 of 3 positions: 2", lines.get(7));
    }

    @Test
    void saysWhenEverythingMatchesAndWhenAccuracyIsUnknown(@TempDir Path dir) throws IOException {
        InOutReport r = new InOutReport("r", Double.NaN, List.of("a"), List.of("a"), List.of("a"));
        Path file = dir.resolve("maps/in_out.txt");
        r.write(file);
        String text = Files.readString(file);
        assertEquals(r.text(), text);
        assertTrue(text.contains("test accuracy: unknown"));
        assertTrue(text.contains("differences:   none"));
        assertTrue(!text.contains("differs:"));
    }
}
