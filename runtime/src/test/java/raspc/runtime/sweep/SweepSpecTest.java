package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.compose.CompositionTraining;

/** Sweep files that list tasks of a kind: what they expand to, and mistakes named with file and line. */
class SweepSpecTest {
    @TempDir
    Path dir;

    @Test
    void aCompositionSweepExpandsTasksSettingsAndAlsoGroups() throws Exception {
        SweepSpec spec = read("""
                name: c
                kind: composition
                tasks: [compose_random_2_step, compose_random_2_direct]
                seeds: 2
                train:
                  dim: 48
                  lr: [1e-3, 3e-4]
                also:
                  - tasks: [compose_random_25_step]
                    train: {model: lstm, lr: 1e-3}
                """);
        assertInstanceOf(TaskList.class, spec.tasks());
        assertEquals(List.of("lr", "model"), spec.varyingKeys());
        List<SweepCell> cells = spec.cells();
        assertEquals(2 * 2 * 2 + 2, cells.size());
        assertEquals("compose_random_2_step-lr0.001-seed2", cells.get(1).id());
        assertEquals("compose_random_25_step-lr0.001-modellstm-seed1", cells.get(8).id());
        CompositionCell lstm = (CompositionCell) cells.get(8);
        assertEquals(CompositionTraining.Model.LSTM, lstm.recipe().model());
        assertEquals(48, lstm.recipe().dim(), "an also group keeps the main block's other settings");
        assertEquals(CompositionTraining.Model.GPT, ((CompositionCell) cells.get(0)).recipe().model());
    }

    @Test
    void booleanTaskNamesListedByKindAreBooleanCells() throws Exception {
        SweepSpec spec = read("kind: boolean\ntasks: [parity_8, first_12]\ntrain: {steps: 10}\n");
        BooleanCell c = (BooleanCell) spec.cells().get(1);
        assertEquals("first", c.function());
        assertEquals(12, c.n());
        assertEquals("first_12-seed1", c.id());
    }

    @Test
    void mistakesAreNamedWithTheirFileAndLine() throws Exception {
        assertProblem(":3: unknown setting train.sharpness_draws", """
                kind: composition
                tasks: [compose_random_2_step]
                train: {dim: 32, sharpness_draws: 3}
                """);
        assertProblem(":4: tasks: '2' is not a task name", """
                kind: composition
                tasks:
                  - compose_random_2_step
                  - 2
                """);
        assertProblem(":1: kind: 'sequencing' is not a kind of sweep (known: boolean, composition, sequence)",
                "kind: sequencing\ntasks: [reverse_10]\n");
        assertProblem(": kind is missing", "tasks: [compose_random_2_step]\n");
        assertProblem(":2: tasks: give either tasks (with kind) or functions and lengths, not both",
                "functions: [parity]\ntasks: [parity_4]\nlengths: [4]\n");
        assertProblem(":3: program: no such file", "kind: composition\ntasks: [x_random_2_step]\nprogram: nowhere.rasp\n");
        assertProblem(":5: also.0.train.lr: 'fast' is not a number", """
                kind: composition
                tasks: [compose_random_2_step]
                also:
                  - tasks: [compose_random_5_step]
                    train: {lr: fast}
                """);
        assertProblem(":3: cell compose_random_2_step-seed1 appears twice", """
                kind: composition
                tasks: [compose_random_2_step]
                also: [{tasks: [compose_random_2_step]}]
                """);
        assertProblem(":3: unknown setting train.model", "functions: [parity]\nlengths: [4]\ntrain: {model: lstm}\n");
    }

    @Test
    void aWordForAModelIsCheckedWhenTheCellIsBuilt() throws Exception {
        SweepSpec spec = read("kind: composition\ntasks: [compose_random_2_step]\ntrain: {model: transformer}\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ((CompositionCell) spec.cells().get(0)).recipe());
        assertEquals("train.model: 'transformer' is not a model (gpt or lstm)", e.getMessage());
    }

    private void assertProblem(String expected, String yaml) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        var e = assertThrows(RuntimeUserException.class, () -> SweepSpec.read(f));
        assertTrue(e.getMessage().startsWith(f + expected), e.getMessage());
    }

    private SweepSpec read(String yaml) throws Exception {
        Path f = dir.resolve("good.yaml");
        Files.writeString(f, yaml);
        return SweepSpec.read(f);
    }
}
