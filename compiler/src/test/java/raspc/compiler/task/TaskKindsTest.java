package raspc.compiler.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import raspc.compiler.TaskRegistry;
import raspc.compiler.error.RaspError;

/** One resolver for every kind of task name, and the labelled-only view refusing the others by kind. */
class TaskKindsTest {
    private final TaskRegistry registry = TaskRegistry.standard();

    @Test
    void everyKindResolvesThroughTask() {
        assertInstanceOf(SequenceTask.class, registry.task("reverse_10", TaskOptions.NONE));
        assertInstanceOf(BooleanFunctionTask.class, registry.task("parity_6", TaskOptions.NONE));
        CompositionTask c = assertInstanceOf(CompositionTask.class, registry.task("compose_random_50_step", TaskOptions.NONE));
        assertEquals("compose_random_50_step", c.name());
        MatrixTask m = assertInstanceOf(MatrixTask.class, registry.task("matrix_5_rank2_p30", TaskOptions.NONE));
        assertEquals("matrix_5_rank2_p30", m.name());
    }

    @Test
    void theLabelledViewNamesTheKindItRefuses() {
        assertInstanceOf(LabelledTask.class, registry.resolve("sort_10"));
        RaspError composition = assertThrows(RaspError.class, () -> registry.resolve("compose_base_25_direct"));
        assertTrue(composition.getMessage().contains("is a composition variant"), composition.getMessage());
        RaspError matrix = assertThrows(RaspError.class, () -> registry.resolve("matrix_5_rank2_p30"));
        assertTrue(matrix.getMessage().contains("is a matrix-completion task"), matrix.getMessage());
        RaspError unknown = assertThrows(RaspError.class, () -> registry.task("revers_10", TaskOptions.NONE));
        assertTrue(unknown.getMessage().contains("reverse_10"), "close names: " + unknown.getMessage());
    }
}
