package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.data.Batcher;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.RunFolder;
import raspc.runtime.testing.ToyTask;

/** A run with a token budget takes its epoch in the batches the budget cuts, and says so. */
class TokenBudgetTrainingTest {
    @TempDir
    Path runs;

    @Test
    void anEpochTakesOneStepPerTokenBudgetBatch() throws Exception {
        ToyTask task = ToyTask.reverse(10, 8, 300, 50);
        TrainOptions options = new TrainOptions().dim(16).epochs(1).seed(5).batchTokens(60).device(DeviceChoice.CPU)
                .runsRoot(runs).runId("tokens").lengthGeneralisationSamples(0).handleCtrlC(false);
        TrainResult run = TrainingSession.train(task, options, TrainingListener.SILENT);
        RunFolder folder = RunFolder.open(run.runDir());
        List<EpochMetrics> metrics = folder.readMetrics();
        int expected = Batcher.trainingBatches(task.split("train"), 50, 60, 5, 0).size();
        assertTrue(expected > 300 / 50, "the budget cuts more batches than 50 samples each would: " + expected);
        assertEquals(expected, (int) metrics.get(0).step());
        assertEquals(60, folder.readConfig().train().batchTokens());
        assertTrue(java.nio.file.Files.readString(run.runDir().resolve("log.txt")).contains("batch up to 60 tokens"));
    }
}
