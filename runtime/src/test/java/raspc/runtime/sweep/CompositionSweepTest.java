package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.eval.Report;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/**
 * A composition sweep over a tiny declaration of its own ({@code program:}): each cell is a
 * train-compose run in its folder, its row read from that run's report.json; the table, the
 * plots and resuming work as for Boolean sweeps.
 */
class CompositionSweepTest {
    /** 3 levels of 2 bijections over 5 symbols, inputs of 3: 27 in-order compositions. */
    private static final String PROGRAM = """
            composition tiny {
                alphabet = 5;
                length = 3;
                levels = 3;
                functions = 2;
                train = 2000;
                valid = 50;
                eval = 4;
                counts = [4, 8];
                seed = 0;
            }
            """;

    private static final String SWEEP = """
            name: tiny_compose
            kind: composition
            program: tiny.rasp
            tasks: [tiny_random_8_step, tiny_random_8_direct]
            seeds: 1
            train: {model: gpt, dim: 24, layers: 1, steps: 60, batch: 16, lr: 3e-3, checkpoints: 2, checkpoint_eval: 8}
            also:
              - tasks: [tiny_random_4_step]
                train: {model: lstm, layers: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void eachCellIsATrainComposeRunWhoseReportMakesItsRow() throws Exception {
        Files.writeString(dir.resolve("tiny.rasp"), PROGRAM);
        Path file = dir.resolve("tiny_compose.yaml");
        Files.writeString(file, SWEEP);
        SweepSpec spec = SweepSpec.read(file);
        assertEquals(SweepKind.COMPOSITION, spec.kind());
        assertEquals(List.of("tiny_random_8_step-modelgpt-seed1", "tiny_random_8_direct-modelgpt-seed1",
                "tiny_random_4_step-modellstm-seed1"), spec.cells().stream().map(SweepCell::id).toList());
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SweepRunner.TaskResolver none = (task, options) -> {
            throw new AssertionError("the program's tasks are looked up in the program: " + task);
        };
        var summary = new SweepRunner(spec, out, none, Device.cpu(), new PrintStream(log, true)).run(1);
        assertTrue(summary.failed().isEmpty(), summary.failed() + "\n" + log);
        assertEquals(3, summary.ran());

        CompositionRow step = (CompositionRow) summary.rows().get(0);
        Path run = out.resolve("cells").resolve(step.cell());
        Report report = Json.mapper().readValue(run.resolve(RunFolder.REPORT).toFile(), Report.class);
        assertEquals(report.compositions().unseen().sequenceAccuracy(), step.unseenSequenceAccuracy());
        assertEquals(report.compositions().seen().tokenAccuracy(), step.seenTokenAccuracy());
        assertEquals(8, step.trainCompositions());
        assertEquals(27 - 8, step.unseenCompositions());
        assertEquals(60, step.steps());
        assertEquals("step_by_step", step.format());
        assertEquals("direct", ((CompositionRow) summary.rows().get(1)).format());
        CompositionRow lstm = (CompositionRow) summary.rows().get(2);
        assertEquals("lstm", lstm.model());
        assertEquals("step_by_step lstm", lstm.group());
        assertEquals(raspc.runtime.model.Architecture.LSTM,
                RunFolder.open(out.resolve("cells").resolve(lstm.cell())).readConfig().model().architecture());
        // the cell ran train-compose's recipe: the run records its task and data for --resume
        JsonNode task = Json.mapper().readTree(run.resolve(RunFolder.TASK_RECORD).toFile());
        assertEquals("tiny_random_8_step", task.get("task").asText());
        assertEquals(step.trained(), step.note().isEmpty());
        assertEquals(summary.notConverged().size(), summary.rows().stream().filter(r -> !((CompositionRow) r).trained()).count());

        List<String> csv = Files.readAllLines(out.resolve(SweepRunner.CSV));
        assertEquals(4, csv.size(), csv.toString());
        assertTrue(csv.get(0).startsWith("cell,group,task,format,strategy,model,train_compositions,seed,trained,note,"),
                csv.get(0));
        assertTrue(csv.get(0).endsWith(",run_id,dim,layers,batch,lr,checkpoints,checkpoint_eval"), csv.get(0));
        assertEquals(3, Files.readAllLines(out.resolve(SweepRunner.JSONL)).size());
        for (CompositionPlots.Metric m : CompositionPlots.METRICS) {
            assertTrue(ImageIO.read(out.resolve(m.file()).toFile()).getWidth() > 0, m.file());
        }
        assertFalse(Files.exists(out.resolve(SweepRunner.SLOPES)), "slopes are a Boolean sweep's");

        var again = new SweepRunner(spec, out, none, Device.cpu(), new PrintStream(log, true)).run(1);
        assertEquals(3, again.skipped(), "finished cells are not run again");
        assertEquals(summary.rows(), again.rows());
    }

    @Test
    void aTaskOfAnotherKindIsRefusedBeforeAnyCellRuns() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "kind: composition\ntasks: [reverse_10]\ntrain: {steps: 5}\n");
        SweepSpec spec = SweepSpec.read(file);
        Path root = Path.of("..").toAbsolutePath().normalize();
        var registry = raspc.compiler.TaskRegistry.of(List.of(root.resolve("languages/reverse.rasp")));
        var e = assertThrows(RuntimeUserException.class, () -> new SweepRunner(spec, dir.resolve("out"), registry::task,
                Device.cpu(), System.out).run(1));
        assertTrue(e.getMessage().contains("reverse_10 is not a composition variant"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/cells/reverse_10-seed1")));
    }
}
