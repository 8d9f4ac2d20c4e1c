package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.HeadAgreement;
import raspc.runtime.eval.Report;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;
import raspc.runtime.testing.ToyTask;

/**
 * Reverse over 10 symbols, lengths 1..8, with layer 1's head supervised by the flip selector: the
 * matched 2-layer, 1-head model learns it, its head follows the selector, and the run folder
 * holds what was learnt.
 */
class ReverseTrainingTest {
    @TempDir
    Path runs;

    @Test
    void learnsReverseAndWritesTheRunFolder() throws Exception {
        ToyTask task = ToyTask.reverseWithAttention(10, 8, 6000, 500);
        TrainOptions options = new TrainOptions().dim(64).epochs(25).learningRate(2e-3f).lrDecay(0.95f).seed(7)
                .device(DeviceChoice.CPU).runsRoot(runs).lengthGeneralisationSamples(100).handleCtrlC(false);
        TrainResult result = TrainingSession.train(task, options, TrainingListener.SILENT);
        Report report = result.report();
        System.out.println(raspc.runtime.eval.ReportFormatter.summary(report));

        assertTrue(report.splits().get("test").tokenAccuracy() >= 0.99,
                "test token accuracy " + report.splits().get("test").tokenAccuracy());
        for (String file : new String[] {RunFolder.CONFIG, RunFolder.MODEL, RunFolder.METRICS, RunFolder.LOG,
                RunFolder.REPORT, RunFolder.CHECKPOINT}) {
            assertTrue(Files.isRegularFile(result.runDir().resolve(file)), file);
        }
        assertEquals(runs.resolve("reverse_10_with_attns"), result.runDir().getParent());

        JsonNode json = Json.mapper().readTree(result.runDir().resolve(RunFolder.REPORT).toFile());
        assertEquals("reverse_10_with_attns", json.get("task").asText());
        assertEquals(result.runDir().getFileName().toString(), json.get("run_id").asText());
        for (String split : new String[] {"train", "valid", "test"}) {
            JsonNode s = json.get("splits").get(split);
            for (String key : new String[] {"token_accuracy", "sequence_accuracy", "loss"}) {
                assertTrue(s.get(key).isNumber(), split + "." + key);
            }
        }
        assertEquals(8, json.get("by_length").size());
        assertEquals(1, json.get("by_length").get(0).get("length").asInt());
        assertFlipHeadFollowsItsSelector(json.get("attention_agreement"), task, report);
        JsonNode longer = json.get("length_generalisation");
        assertTrue(longer.get("evaluated").asBoolean());
        assertEquals(9, longer.get("min_length").asInt());
        assertEquals(12, longer.get("max_length").asInt());

        long lines = Files.readAllLines(result.runDir().resolve(RunFolder.METRICS)).size();
        assertEquals(report.epochsCompleted(), lines);
    }

    /** One entry, for the flip head, over every real query row of the test split (each selects one key). */
    private static void assertFlipHeadFollowsItsSelector(JsonNode agreement, ToyTask task, Report report) {
        assertEquals(1, agreement.size(), agreement.toString());
        JsonNode flip = agreement.get(0);
        assertEquals(ToyTask.FLIP.layer(), flip.get("layer").asInt());
        assertEquals(ToyTask.FLIP.head(), flip.get("head").asInt());
        long queries = task.split("test").stream().mapToLong(s -> s.size()).sum();
        assertEquals(queries, flip.get("rows").asLong());
        double argmax = flip.get("argmax_on_selected").asDouble();
        double mass = flip.get("mass_on_selected").asDouble();
        assertTrue(argmax >= 0.9 && argmax <= 1, "argmax on the selected key " + argmax);
        assertTrue(mass >= 0.8 && mass <= 1, "attention mass on the selected key " + mass);
        HeadAgreement inMemory = report.attentionAgreement().get(0);
        assertEquals(inMemory.argmaxOnSelected(), argmax, 1e-12);
        assertEquals(inMemory.massOnSelected(), mass, 1e-12);
    }
}
