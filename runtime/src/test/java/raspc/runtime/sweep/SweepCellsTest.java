package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.TaskRegistry;
import raspc.runtime.RuntimeUserException;

/**
 * A sweep run one cell at a time (as Slurm array tasks run it: {@code --cell I}) and then
 * aggregated gives the results table a local sweep gives; {@code status} follows the cells.
 */
class SweepCellsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final TaskRegistry REGISTRY = TaskRegistry.of(List.of(ROOT.resolve("languages/boolean.rasp")));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private SweepRunner runner(SweepSpec spec, Path out, SweepRunner.FunctionResolver resolver) {
        return new SweepRunner(spec, out, resolver, Device.cpu(), new PrintStream(log, true));
    }

    private static BooleanFunction registered(String task) {
        return REGISTRY.booleanFunction(task);
    }

    @Test
    void cellsRunOneAtATimeMergeIntoTheLocalSweepsTable() throws Exception {
        SweepSpec spec = SweepSpec.read(ROOT.resolve("examples/sweeps/tiny.yaml"));
        Path local = dir.resolve("local");
        runner(spec, local, SweepCellsTest::registered).run(1);

        Path cells = dir.resolve("cells");
        SweepRunner byCell = runner(spec, cells, SweepCellsTest::registered);
        assertTrue(byCell.runOne(1).isPresent(), log.toString());
        assertEquals(List.of(CellStatus.State.MISSING, CellStatus.State.FINISHED),
                byCell.status().stream().map(CellStatus::state).toList());
        assertFalse(Files.exists(cells.resolve(SweepRunner.CSV)), "a cell writes no table; the aggregation does");
        assertTrue(byCell.runOne(1).isEmpty(), "a finished cell is not run again");
        byCell.runOne(0);
        SweepRunner.Summary merged = byCell.aggregate();
        assertEquals(0, merged.ran());
        assertEquals(2, merged.skipped());
        assertEquals(withoutTimes(local.resolve(SweepRunner.CSV)), withoutTimes(cells.resolve(SweepRunner.CSV)));
        assertEquals(Files.readAllLines(local.resolve(SweepRunner.SLOPES)), Files.readAllLines(cells.resolve(SweepRunner.SLOPES)));
        var bad = assertThrows(RuntimeUserException.class, () -> byCell.runOne(2));
        assertEquals("sweep tiny has cells 0..1, not 2", bad.getMessage());
    }

    @Test
    void aFailedCellIsReportedAndItsRetryClearsTheMark() {
        SweepSpec spec = SweepSpec.read(ROOT.resolve("examples/sweeps/tiny.yaml"));
        SweepRunner failing = runner(spec, dir, task -> BooleanFunction.of(task, registered(task).n(), x -> {
            throw new RuntimeUserException("no labels today");
        }));
        var e = assertThrows(RuntimeUserException.class, () -> failing.runOne(0));
        assertTrue(e.getMessage().contains("no labels today"), e.getMessage());
        CellStatus first = failing.status().getFirst();
        assertEquals(CellStatus.State.FAILED, first.state());
        assertTrue(first.detail().contains("no labels today"), first.detail());
        assertEquals(1, failing.aggregate().failed().size());

        SweepRunner fixed = runner(spec, dir, SweepCellsTest::registered);
        fixed.runOne(0);
        assertEquals(CellStatus.State.FINISHED, fixed.status().getFirst().state());
        assertFalse(Files.exists(dir.resolve("cells").resolve(spec.cells().getFirst().id()).resolve(SweepRunner.FAILED)));
    }

    /** The CSV without its timing columns, which differ from run to run. */
    private static List<String> withoutTimes(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if (!header.get(i).contains("seconds")) {
                    kept.add(fields[i]);
                }
            }
            out.add(String.join(",", kept));
        }
        return out;
    }
}
