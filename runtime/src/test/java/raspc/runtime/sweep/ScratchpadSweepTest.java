package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.RuntimeUserException;

/** The scratchpad sweep file: both arms at every length as Boolean cells, resolved to decoder runs without a file. */
class ScratchpadSweepTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theScratchpadSweepParsesIntoBothArmsAtEveryLength() {
        SweepSpec spec = SweepSpec.read(ROOT.resolve("examples/sweeps/scratchpad.yaml"));
        assertEquals(SweepKind.BOOLEAN, spec.kind());
        assertEquals(List.of(ExtraPlot.STEPS_TO_CONVERGE), spec.plots());
        List<SweepCell> cells = spec.cells();
        assertEquals(24, cells.size());
        assertEquals(List.of("parity_scratchpad_4", "parity_scratchpad_8", "parity_scratchpad_12", "parity_scratchpad_16",
                "parity_scratchpad_24", "parity_scratchpad_32", "parity_direct_4", "parity_direct_8", "parity_direct_12",
                "parity_direct_16", "parity_direct_24", "parity_direct_32"), cells.stream().map(SweepCell::task).distinct().toList());
        // the Boolean function resolver is never asked: these names need no languages file
        CellResolver resolver = CellResolver.of(spec, task -> {
            throw new AssertionError("asked for a Boolean function " + task);
        }, null);
        for (SweepCell c : cells) {
            CellRun run = resolver.resolve(c, new HashMap<>());
            CellRun.ScratchpadRun pad = assertInstanceOf(CellRun.ScratchpadRun.class, run, c.id());
            assertEquals(((BooleanCell) c).n(), pad.task().n());
        }
        assertEquals(ScratchpadTask.Format.DIRECT, ((CellRun.ScratchpadRun) resolver.resolve(cells.get(cells.size() - 1), new HashMap<>()))
                .task().format());
    }

    @Test
    void aScratchpadCellRefusesFixedTrainingInputs() {
        BooleanCell cell = new BooleanCell("parity_scratchpad_{n}", 6, 1, java.util.Map.of("train_inputs", 16L),
                List.of());
        CellResolver resolver = CellResolver.of(SweepSpec.read(ROOT.resolve("examples/sweeps/scratchpad.yaml")),
                task -> null, null);
        assertTrue(assertThrows(RuntimeUserException.class, () -> resolver.resolve(cell, new HashMap<>())).getMessage()
                .contains("fresh inputs every step"));
    }
}
