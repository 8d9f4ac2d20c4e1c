package raspc.compiler.task;

import raspc.compiler.TaskRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.error.RaspError;
import raspc.compiler.interp.Interpreter;

/**
 * A task's generator function runs once per sample, long after the file that defines it ran:
 * each call has a step budget of its own (the original has no budget at all), so the size of a
 * dataset does not decide whether it can be drawn, and a call that is too long names its file.
 */
class GeneratorBudgetTest {
    /** A task whose generator evaluates {@code value} (one step per expression) {@code iterations} times. */
    private static String busy(long iterations, String value) {
        return """
            def gen(n, u) {
                busy = [%s for j in range(%d)];
                return ["a" for x in u];
            }
            task busy { output = tokens; alphabet = ["a", "b"]; lengths = [2, 2]; generator = gen; train = 10; }
            """.formatted(value, iterations);
    }

    @Test
    void everyGeneratorCallHasItsOwnBudget(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("busy.rasp"), busy(Interpreter.MAX_STEPS / 4, "j"));
        LabelledTask task = TaskRegistry.of(List.of(file)).resolve("busy");
        // each call takes a quarter of the budget and a little more
        for (int i = 0; i < 4; i++) {
            // before: the fourth sample failed with "statement takes too long" (no file named)
            assertEquals(List.of("a", "a"), task.sample(Split.TRAIN, i).input().subList(0, 2));
        }
    }

    @Test
    void aGeneratorCallThatIsTooLongNamesItsFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("endless.rasp"), busy(Interpreter.MAX_STEPS / 2, "j + j + j"));
        LabelledTask task = TaskRegistry.of(List.of(file)).resolve("busy");
        RaspError e = assertThrows(RaspError.class, () -> task.sample(Split.TRAIN, 0));
        // before: "2:13: statement takes too long ..." without the file
        assertTrue(e.getMessage().contains("endless.rasp:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("statement takes too long"), e.getMessage());
    }

    @Test
    void aGeneratorThatReturnsNoListNamesItsFileAndField(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("nolist.rasp"), "def gen(n, u) {\n    return n;\n}\n"
                + "task nolist { output = tokens; alphabet = [\"a\"]; lengths = [2, 2];\n    generator = gen; }\n");
        LabelledTask task = TaskRegistry.of(List.of(file)).resolve("nolist");
        RaspError e = assertThrows(RaspError.class, () -> task.sample(Split.TRAIN, 0));
        // before: "generator gen must return a list of tokens, got int", from nowhere in particular
        assertTrue(e.getMessage().matches(".*nolist\\.rasp:5:5: generator gen must return a list of tokens, got int"),
                e.getMessage());
    }
}
