package raspc.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.GenerationCase;

class CheckpointGenerationTest {
    /** groups g0..g(n-1), each with {@code per} documents; the first {@code seen} groups seen. */
    private static List<GenerationCase> cases(int groups, int per, int seen) {
        List<GenerationCase> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < per; d++) {
                out.add(new GenerationCase(new int[] {g, d, 0, 0}, 2, 2, "g" + g, "in order", g < seen));
            }
        }
        return out;
    }

    @Test
    void halfSeenHalfUnseenSpreadOverGroups() {
        List<GenerationCase> chosen = CheckpointGeneration.of(cases(10, 5, 2), 16).cases();
        assertEquals(16, chosen.size());
        assertEquals(8, chosen.stream().filter(GenerationCase::seen).count());
        Map<String, Long> perGroup = chosen.stream().collect(Collectors.groupingBy(GenerationCase::group, Collectors.counting()));
        assertEquals(4L, perGroup.get("g0"), "2 seen groups share 8 documents");
        for (int g = 2; g < 10; g++) {
            assertEquals(1L, perGroup.get("g" + g), "8 unseen groups, one document each");
        }
    }

    @Test
    void aShortSideLeavesItsShareToTheOther() {
        List<GenerationCase> chosen = CheckpointGeneration.of(cases(10, 5, 1), 20).cases();
        assertEquals(20, chosen.size());
        assertEquals(5, chosen.stream().filter(GenerationCase::seen).count(), "all the seen group has");
        assertEquals(10, CheckpointGeneration.of(cases(10, 1, 10), 64).cases().size(), "all there are");
        assertTrue(CheckpointGeneration.of(cases(3, 2, 0), 4).cases().stream().noneMatch(GenerationCase::seen));
        assertEquals(ids(CheckpointGeneration.of(cases(10, 5, 2), 16).cases()),
                ids(CheckpointGeneration.of(cases(10, 5, 2), 16).cases()), "the same sample every time");
    }

    private static List<String> ids(List<GenerationCase> cases) {
        return cases.stream().map(c -> java.util.Arrays.toString(c.tokens())).toList();
    }
}
