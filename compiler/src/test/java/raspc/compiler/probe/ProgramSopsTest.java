package raspc.compiler.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.TaskRegistry;

/** The s-ops a probe looks for: the program's named ones, where the plan puts them, their values. */
class ProgramSopsTest {
    private static final Path LANGUAGES = Path.of("..", "languages");

    private static ProgramSops of(String file, String task) {
        SequenceTask t = (SequenceTask) TaskRegistry.of(List.of(LANGUAGES.resolve(file))).resolve(task);
        return ProgramSops.of(t.variant(), List.of("a", "b", "c", "a", "b"));
    }

    @Test
    void sortByFreqHasItsNamedSopsAtThePlannedStages() {
        Map<String, Integer> stages = new LinkedHashMap<>();
        Map<String, Boolean> categorical = new LinkedHashMap<>();
        for (ProgramSops.Sop s : of("sort_by_freq.rasp", "sort_by_freq_10").sops()) {
            stages.put(s.name(), s.plannedStage());
            categorical.put(s.name(), s.categorical());
        }
        // the file's comment: layer 1 counts and marks repeats, layer 2 ranks, layer 3 moves
        assertEquals(1, stages.get("freq"));
        assertEquals(1, stages.get("first_time"));
        assertEquals(2, stages.get("rank"));
        assertEquals(3, stages.get("by_freq"));
        assertEquals(0, stages.get("indices"));
        assertTrue(categorical.get("first_time") && categorical.get("by_freq"));
        assertFalse(categorical.get("freq") || categorical.get("rank"));
        assertFalse(stages.containsKey("s-op"), "auto-named nodes are not probed: " + stages.keySet());
    }

    @Test
    void valuesAreTheReferenceEvaluatorsOnTheInput() {
        ProgramSops sops = of("sort_by_freq.rasp", "sort_by_freq_10");
        Map<String, ProgramSops.Column> byName = new LinkedHashMap<>();
        for (ProgramSops.Column c : sops.values(List.of("a", "b", "c", "a", "b"))) {
            byName.put(c.sop().name(), c);
        }
        assertArrayEquals(new double[] {2, 2, 1, 2, 2}, byName.get("freq").numbers());
        assertArrayEquals(new String[] {"True", "True", "True", "False", "False"}, byName.get("first_time").labels());
        assertArrayEquals(new String[] {"a", "b", "c", "§", "§"}, byName.get("by_freq").labels());
    }

    @Test
    void aBosProgramIsReadPastItsBos() {
        // hist_10_bos runs hist_bos on "§" + input; the values line up with the input, BOS left out
        SequenceTask t = (SequenceTask) TaskRegistry.of(List.of(LANGUAGES.resolve("hist.rasp"))).resolve("hist_10_bos");
        ProgramSops sops = ProgramSops.of(t.variant(), List.of("a", "a", "b"));
        ProgramSops.Column hist = sops.values(List.of("a", "a", "b")).stream()
                .filter(c -> c.sop().name().equals("hist_bos")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {2, 2, 1}, hist.numbers());
    }
}
