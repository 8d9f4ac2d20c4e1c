package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.RandomCompletions;
import raspc.runtime.boolfn.BooleanTaskData;

/** A tiny sweep with random draws, fixed training inputs and both experiment plots, end to end. */
class ExperimentSweepTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void drawsAndCompletionsRunEndToEnd() throws Exception {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, """
                name: tiny_experiments
                functions: ['random_{n}_3']
                lengths: [4]
                seeds: 1
                train:
                  dim: 16
                  steps: 300
                  eval_every: 50
                  lr: {log_uniform: [2e-3, 4e-3]}
                  draws: 2
                  train_inputs: [4, 8]
                analysis: {sharpness_draws: 2, loss_inputs: 16}
                plots: [blowup_vs_norm, sensitivity_vs_completions]
                """);
        SweepSpec spec = SweepSpec.read(file);
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages/boolean.rasp")));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path out = dir.resolve("out");
        var summary = new SweepRunner(spec, out, registry::booleanFunction, Device.cpu(), new PrintStream(log, true)).run(1);
        assertEquals(4, summary.ran(), log.toString());
        assertTrue(summary.failed().isEmpty(), summary.failed().toString());

        List<String> csv = Files.readAllLines(out.resolve(SweepRunner.CSV));
        assertTrue(csv.get(0).endsWith(",dim,steps,eval_every,train_inputs,draw,lr"), csv.get(0));
        assertTrue(csv.get(1).startsWith("random_4_3-traininputs4-draw1-seed1,\"random_{n}_3 train_inputs=4\",random_{n}_3,"
                + "random_4_3,4,1,"), csv.get(1));
        for (SweepRow r : summary.rows().stream().map(SweepRow.class::cast).toList()) {
            double lr = ((Number) r.settings().get("lr")).doubleValue();
            assertTrue(lr >= 2e-3 && lr <= 4e-3, "the row records its drawn lr: " + r.settings());
        }

        List<String> completions = Files.readAllLines(out.resolve(CompletionStudy.CSV));
        assertEquals(5, completions.size(), "header and a row per cell: " + completions);
        assertEquals(4, Files.readAllLines(out.resolve(CompletionStudy.JSONL)).size());
        for (Path png : List.of(out.resolve(TradeoffPlot.FILE), out.resolve(CompletionStudy.PLOT))) {
            assertNotNull(ImageIO.read(png.toFile()), png + " is a PNG");
            assertTrue(summary.plots().contains(png), summary.plots().toString());
        }
        // the completions are of the inputs the cell's run trained on: recompute one row's mean
        BooleanFunction f = registry.booleanFunction("random_4_3");
        double[] draws = RandomCompletions.averageSensitivities(f, BooleanTaskData.fixedTrainingInputs(4, 8, 1),
                CompletionStudy.DRAWS, 7919L + 8);
        String row = completions.stream().filter(l -> l.startsWith("random_4_3-traininputs8-draw1-seed1,")).findFirst()
                .orElseThrow();
        assertEquals(RandomCompletions.Summary.of(draws).mean(), Double.parseDouble(row.split(",")[11]), 1e-5);
    }
}
