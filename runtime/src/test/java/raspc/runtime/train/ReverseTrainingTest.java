package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.Report;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;
import raspc.runtime.testing.ToyTask;

/** Reverse over 10 symbols, lengths 1..8: the matched 2-layer, 1-head model learns it. */
class ReverseTrainingTest {
    @TempDir
    Path runs;

    @Test
    void learnsReverseAndWritesTheRunFolder() throws Exception {
        ToyTask task = ToyTask.reverse(10, 8, 6000, 500);
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
        assertEquals(runs.resolve("reverse_10"), result.runDir().getParent());

        JsonNode json = Json.mapper().readTree(result.runDir().resolve(RunFolder.REPORT).toFile());
        assertEquals("reverse_10", json.get("task").asText());
        assertEquals(result.runDir().getFileName().toString(), json.get("run_id").asText());
        for (String split : new String[] {"train", "valid", "test"}) {
            JsonNode s = json.get("splits").get(split);
            for (String key : new String[] {"token_accuracy", "sequence_accuracy", "loss"}) {
                assertTrue(s.get(key).isNumber(), split + "." + key);
            }
        }
        assertEquals(8, json.get("by_length").size());
        assertEquals(1, json.get("by_length").get(0).get("length").asInt());
        assertTrue(json.get("attention_agreement").isArray());
        JsonNode longer = json.get("length_generalisation");
        assertTrue(longer.get("evaluated").asBoolean());
        assertEquals(9, longer.get("min_length").asInt());
        assertEquals(12, longer.get("max_length").asInt());

        long lines = Files.readAllLines(result.runDir().resolve(RunFolder.METRICS)).size();
        assertEquals(report.epochsCompleted(), lines);
    }
}
