package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;
import raspc.runtime.testing.ToyTask;

/**
 * The report describes the weights saved in model.params, whatever was left in memory: after a
 * stop in the middle of an epoch, after a stop in the first epoch, and after a plateau restore
 * (which loads model.params the same way). Each of these failed before loads were made in place:
 * DJL's parameter store kept handing the forward pass the arrays it had cached.
 */
class ReportedWeightsTest {
    @TempDir
    Path runs;

    private final ToyTask task = ToyTask.reverse(10, 8, 1000, 200);

    private TrainOptions options(int epochs, String runId, StopRequest stop) {
        return new TrainOptions().dim(32).epochs(epochs).learningRate(3e-3f).seed(5).device(DeviceChoice.CPU)
                .runsRoot(runs).runId(runId).lengthGeneralisationSamples(0).handleCtrlC(false).stopRequest(stop);
    }

    /** Asks to stop at a given batch of a given epoch, the way Ctrl+C would. */
    private static TrainingListener stopAt(StopRequest stop, int epoch, int batch) {
        return new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                if (progress.epoch() == epoch && progress.batch() == batch) {
                    stop.request();
                }
            }
        };
    }

    @Test
    void aStopInTheMiddleOfAnEpochReportsTheBestCheckpoint() {
        StopRequest stop = new StopRequest();
        TrainResult run = TrainingSession.train(task, options(10, "mid", stop), stopAt(stop, 2, 10));
        assertTrue(run.interrupted());
        assertEquals(1, run.report().epochsCompleted());
        assertEquals(1, run.report().bestEpoch());
        EpochMetrics best = RunFolder.open(run.runDir()).readMetrics().get(0);
        SplitMetrics valid = run.report().splits().get("valid");
        // same weights, same data: the numbers epoch 1 measured (10 updates of epoch 2 move them by far more)
        assertEquals(best.validLoss(), valid.loss(), 1e-5);
        assertEquals(best.validTokenAccuracy(), valid.tokenAccuracy(), 1e-9);
        assertEquals(valid.loss(), reloadedValidLoss(run.runDir()), 1e-6);
    }

    @Test
    void aStopInTheFirstEpochKeepsAndReportsTheInitialParameters() {
        StopRequest stop = new StopRequest();
        TrainResult run = TrainingSession.train(task, options(10, "first", stop), stopAt(stop, 1, 8));
        assertEquals(0, run.report().epochsCompleted());
        assertEquals(0, run.report().bestEpoch());
        RunFolder folder = RunFolder.open(run.runDir());
        RunConfig config = folder.readConfig();
        float[] initial;
        TorchEngine.seed(5); // what TrainingSession seeds before it builds the model
        try (TrainedModel fresh = TrainedModel.create(config, Device.cpu())) {
            initial = logits(fresh);
        }
        try (TrainedModel saved = TrainedModel.create(config, Device.cpu())) {
            folder.readModel(saved);
            assertArrayEquals(initial, logits(saved), 0f);
        }
        assertEquals(run.report().splits().get("valid").loss(), reloadedValidLoss(run.runDir()), 1e-6);
        assertTrue(folder.readLog().contains("the report describes the initial parameters"), folder.readLog());
    }

    @Test
    void aReloadReplacesTheWeightsTheForwardPassAndTheOptimizerUse() {
        TrainResult run = TrainingSession.train(task, options(1, "reload", null), TrainingListener.SILENT);
        RunFolder folder = RunFolder.open(run.runDir());
        try (TrainedModel trained = TrainedModel.create(folder.readConfig(), Device.cpu())) {
            folder.readModel(trained);
            float[] saved = logits(trained); // the store has now cached its arrays
            AdamOptimizer optimizer = new AdamOptimizer(trained, OptimizerKind.ADAM, 0f);
            step(trained, optimizer);
            float[] moved = logits(trained);
            assertFalse(java.util.Arrays.equals(saved, moved), "an update changes the outputs");

            folder.readModel(trained); // what a plateau restore does
            assertArrayEquals(saved, logits(trained), 0f);
            step(trained, optimizer); // and training goes on from the restored weights
            assertFalse(java.util.Arrays.equals(saved, logits(trained)), "updates after a reload reach the forward pass");
        }
    }

    private double reloadedValidLoss(Path runDir) {
        RunFolder folder = RunFolder.open(runDir);
        try (TrainedModel trained = TrainedModel.create(folder.readConfig(), Device.cpu())) {
            folder.readModel(trained);
            return trained.evaluator().metrics(task.split("valid")).loss();
        }
    }

    private void step(TrainedModel trained, AdamOptimizer optimizer) {
        List<EncodedSample> group = task.split("train").subList(0, 50);
        try (NDManager m = trained.manager().newSubManager()) {
            Batch batch = trained.encoder().encode(m, group);
            try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
                ModelOutput output = trained.model().run(trained.store(), batch.tokens(), batch.lengths(), true);
                collector.backward(trained.loss().compute(output, batch).total());
            }
            optimizer.update(1e-2f);
        }
    }

    private float[] logits(TrainedModel trained) {
        try (NDManager m = trained.manager().newSubManager()) {
            Batch batch = trained.encoder().encode(m, task.split("test").subList(0, 20));
            return trained.model().run(trained.store(), batch.tokens(), batch.lengths(), false).logits().toFloatArray();
        }
    }
}
