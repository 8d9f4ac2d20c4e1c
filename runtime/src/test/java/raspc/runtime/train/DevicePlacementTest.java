package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.RunConfig;
import raspc.runtime.testing.ToyTask;

/** Parameters, batches, masks and constants live on the chosen device; training steps leak nothing. */
class DevicePlacementTest {
    private final ToyTask task = ToyTask.sortWithAttention(10, 8, 100, 10);

    private RunConfig config(Device device) {
        TrainOptions options = new TrainOptions().dim(16);
        return new RunConfig(RunConfig.FORMAT_VERSION, task.name(), "t", task.inputVocab(), task.outputVocab(), task.padId(),
                task.hasBos(), task.maxLength(), task.supervisedHeads(), options.modelConfig(task), options.trainConfig(task),
                Devices.name(device), OffsetDateTime.now().toString());
    }

    @Test
    void everythingOnTheChosenDeviceAndNoLeaks() {
        Device device = Devices.resolve(DeviceChoice.CPU);
        TorchEngine.seed(1);
        try (TrainedModel trained = TrainedModel.create(config(device), device)) {
            for (Parameter p : trained.parameters()) {
                assertEquals(device, p.getArray().getDevice(), p.getName());
            }
            AdamOptimizer optimizer = new AdamOptimizer(trained, OptimizerKind.ADAM, 0f);
            TaskLoss loss = trained.loss();
            List<EncodedSample> samples = task.split("train").subList(0, 20);
            int before = -1;
            for (int step = 0; step < 4; step++) {
                try (NDManager batchManager = trained.manager().newSubManager()) {
                    Batch batch = trained.encoder().encode(batchManager, samples, true);
                    for (NDArray a : List.of(batch.tokens(), batch.lengths(), batch.targets().targets(),
                            batch.targets().scored(), batch.targets().scoredCounts(), batch.valid())) {
                        assertEquals(device, a.getDevice());
                    }
                    batch.attentionTargets().values().forEach(a -> assertEquals(device, a.getDevice()));
                    batch.selections().values().forEach(a -> assertEquals(device, a.getDevice()));
                    try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
                        ModelOutput out = trained.model().run(trained.store(), batch.tokens(), batch.lengths(), true);
                        assertEquals(device, out.logits().getDevice());
                        assertEquals(device, out.attention(1).getDevice());
                        collector.backward(loss.compute(out, batch).total());
                    }
                    optimizer.update(1e-3f);
                }
                // the model's manager holds parameters, moments and cached constants: no per-batch growth
                int count = trained.manager().getManagedArrays().size();
                if (step == 1) {
                    before = count;
                } else if (step > 1) {
                    assertEquals(before, count, "arrays left behind by step " + step);
                }
            }
            assertEquals(device, trained.model().constantsManager().getDevice());
            for (NDArray constant : trained.model().constantsManager().getManagedArrays()) {
                assertEquals(device, constant.getDevice());
            }
            assertFalse(trained.model().constantsManager().getManagedArrays().isEmpty(), "positions and ranges are cached");
        }
    }
}
