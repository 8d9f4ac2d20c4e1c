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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.TaskRegistry;
import raspc.runtime.RuntimeUserException;

/**
 * A results folder committed without its cells' folders: --aggregate redraws its tables and plots
 * from results.jsonl instead of emptying them, and takes no line of another grid's settings.
 */
class RecordedRowsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final TaskRegistry REGISTRY = TaskRegistry.of(List.of(ROOT.resolve("languages/reverse.rasp")));

    @TempDir
    Path dir;

    private SweepSpec spec() throws Exception {
        Path file = dir.resolve("shapes.yaml");
        Files.writeString(file, """
                kind: sequence
                tasks: [reverse_10]
                train: {layers: [plan-1, plan], dim: 16, epochs: 3, lr: 1e-3, train_size: 100}
                also:
                  - tasks: [reverse_10_with_attns]
                    train: {layers: plan}
                """);
        return SweepSpec.read(file);
    }

    private static SequenceRow row(SweepCell c, Map<String, Object> settings, int layers, double token) {
        return new SequenceRow(c.id(), c.task(), c.task(), c.seed(), settings, layers, 1, 2, 1,
                c.task().endsWith("_with_attns") ? 1 : 0, token >= 0.9, "", token, token / 2, token, token / 2, Double.NaN,
                3, 3, 1.5, "completed 3 epochs");
    }

    @Test
    void aggregateRedrawsTheTablesAndPlotsFromResultsJsonlWhenTheCellFoldersAreGone() throws Exception {
        SweepSpec spec = spec();
        List<SweepCell> cells = spec.cells();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        List<SequenceRow> recorded = new ArrayList<>();
        recorded.add(row(cells.get(0), cells.get(0).settings(), 1, 0.45));
        recorded.add(row(cells.get(1), cells.get(1).settings(), 2, 0.98));
        recorded.add(row(cells.get(2), cells.get(2).settings(), 2, 0.99));
        Map<String, Object> longer = new LinkedHashMap<>(cells.get(1).settings());
        longer.put("epochs", 30);
        SequenceRow stale = row(cells.get(1), longer, 2, 0.10); // another grid's cell of the same name
        SequenceRow elsewhere = new SequenceRow("sort_10-seed1", "sort_10", "sort_10", 1, Map.of(), 2, 1, 2, 1, 0, true,
                "", 1, 1, 1, 1, Double.NaN, 3, 3, 1, "completed 3 epochs");
        List<SequenceRow> lines = new ArrayList<>(List.of(stale, elsewhere));
        lines.addAll(recorded);
        Files.writeString(out.resolve(SweepRunner.JSONL), ResultsTable.jsonLines(lines));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SweepRunner.Summary summary = new SweepRunner(spec, out, REGISTRY::task, Device.cpu(),
                new PrintStream(log, true)).aggregate();

        // as JSON: settings read back hold Integers where the sweep file's hold Longs
        assertEquals(ResultsTable.jsonLines(recorded), ResultsTable.jsonLines(summary.rows()),
                "every cell's recorded row, in grid order; the stale and foreign lines left out");
        assertEquals(3, summary.skipped(), "the recorded cells count as done");
        assertFalse(Files.exists(SweepRunner.cellDir(out, cells.get(0))), "nothing trained");
        assertEquals(4, Files.readAllLines(out.resolve(SweepRunner.CSV)).size(), "header and three rows");
        assertEquals(ResultsTable.jsonLines(recorded), Files.readString(out.resolve(SweepRunner.JSONL)));
        for (ShapePlots.Metric m : ShapePlots.METRICS) {
            assertTrue(ImageIO.read(out.resolve(m.file()).toFile()).getWidth() > 0, m.file());
        }
    }

    @Test
    void aCellsRowJsonWinsOverItsRecordedLine() throws Exception {
        SweepSpec spec = spec();
        SweepCell first = spec.cells().get(0);
        Path out = dir.resolve("out");
        Files.createDirectories(SweepRunner.cellDir(out, first));
        SequenceRow retrained = row(first, first.settings(), 1, 0.5);
        Files.writeString(SweepRunner.cellDir(out, first).resolve(SweepRunner.ROW), raspc.runtime.run.Json.pretty(retrained));
        Files.writeString(out.resolve(SweepRunner.JSONL), ResultsTable.jsonLines(List.of(row(first, first.settings(), 1, 0.4))));
        SweepRunner.Summary summary = new SweepRunner(spec, out, REGISTRY::task, Device.cpu(), System.out).aggregate();
        assertEquals(ResultsTable.jsonLines(List.of(retrained)), ResultsTable.jsonLines(summary.rows()));
    }

    @Test
    void aCorruptLineIsNamedWithItsNumber() throws Exception {
        SweepSpec spec = spec();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(SweepRunner.JSONL), "\n{\"cell\": ");
        var e = assertThrows(RuntimeUserException.class,
                () -> new SweepRunner(spec, out, REGISTRY::task, Device.cpu(), System.out).aggregate());
        assertTrue(e.getMessage().contains("results.jsonl line 2 is corrupt"), e.getMessage());
    }
}
