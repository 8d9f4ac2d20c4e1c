package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.TaskRegistry;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.eval.Report;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/** A sequence sweep: shapes relative to the plan, with and without attention supervision, rows from report.json. */
class SequenceSweepTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final TaskRegistry REGISTRY = TaskRegistry.of(List.of(ROOT.resolve("languages/reverse.rasp")));

    @TempDir
    Path dir;

    @Test
    void shapesRelativeToThePlanTrainAsTrainDoes() throws Exception {
        Path file = dir.resolve("shapes.yaml");
        Files.writeString(file, """
                kind: sequence
                tasks: [reverse_10]
                train: {layers: [plan, plan-1], dim: 16, epochs: 1, batch: 25, train_size: 100, valid_size: 25,
                        test_size: 25, max_length: 5, lr: 3e-3}
                also:
                  # a supervised head needs its planned layer: no shape below the plan
                  - tasks: [reverse_10_with_attns]
                    train: {layers: plan}
                """);
        SweepSpec spec = SweepSpec.read(file);
        assertEquals(List.of("reverse_10-layersplan-seed1", "reverse_10-layersplan-1-seed1",
                "reverse_10_with_attns-layersplan-seed1"),
                spec.cells().stream().map(SweepCell::id).toList());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        var summary = new SweepRunner(spec, dir.resolve("out"), REGISTRY::task, Device.cpu(), new PrintStream(log, true)).run(1);
        assertTrue(summary.failed().isEmpty(), summary.failed() + "\n" + log);
        SequenceRow planned = (SequenceRow) summary.rows().get(0);
        SequenceRow fewer = (SequenceRow) summary.rows().get(1);
        assertEquals(2, planned.plannedLayers());
        assertEquals(2, planned.layers());
        assertEquals(1, fewer.layers());
        assertEquals("reverse_10", fewer.group(), "the shape is the plot's x, not its line");
        Path run = dir.resolve("out/cells").resolve(planned.cell());
        Report report = Json.mapper().readValue(run.resolve(RunFolder.REPORT).toFile(), Report.class);
        assertEquals(report.splits().get("test").sequenceAccuracy(), planned.testSequenceAccuracy());
        assertEquals(25, report.splits().get("test").samples());
        assertTrue(Double.isNaN(planned.attentionAgreement()), "no head is supervised");
        SequenceRow supervised = (SequenceRow) summary.rows().get(2);
        assertEquals(2, supervised.supervisedHeads());
        assertTrue(supervised.attentionAgreement() >= 0 && supervised.attentionAgreement() <= 1,
                "agreement " + supervised.attentionAgreement());
        assertTrue(Files.readAllLines(dir.resolve("out").resolve(SweepRunner.CSV)).get(0)
                .startsWith("cell,group,task,seed,layers,heads,planned_layers,planned_heads,supervised_heads,trained,"));
        assertTrue(ImageIO.read(dir.resolve("out").resolve(ShapePlots.SEQUENCE_FILE).toFile()).getWidth() > 0);
    }

    @Test
    void aShapeBelowOneIsRefusedBeforeAnyCellRuns() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "kind: sequence\ntasks: [reverse_10]\ntrain: {layers: plan-2}\n");
        SweepSpec spec = SweepSpec.read(file);
        var e = assertThrows(RuntimeUserException.class, () -> new SweepRunner(spec, dir.resolve("out"), REGISTRY::task,
                Device.cpu(), System.out).run(1));
        assertTrue(e.getMessage().contains("train.layers: plan-2 is 0 for a plan of 2; a shape needs at least 1"),
                e.getMessage());
    }
}
