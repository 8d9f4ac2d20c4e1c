package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.run.RunConfig;
import raspc.runtime.testing.ToyTask;

/**
 * A batch cut into shards trains as the whole batch does: the same loss (each shard's loss is its
 * share of the batch's, the attention term's too), the same updates up to float sums, and
 * same-seed runs identical.
 */
class ShardedBatchStepTest {
    /** Attention-supervised, lengths 1..8 (BOS added): the shards of a batch differ in length and size. */
    private final ToyTask task = ToyTask.sortWithAttention(10, 8, 100, 10);
    private final Device device = Devices.resolve(DeviceChoice.CPU);

    private RunConfig config(float dropout) {
        TrainOptions options = new TrainOptions().dim(16).dropout(dropout);
        return new RunConfig(RunConfig.FORMAT_VERSION, task.name(), "t", task.inputVocab(), task.outputVocab(), task.padId(),
                task.hasBos(), task.maxLength(), task.supervisedHeads(), options.modelConfig(task), options.trainConfig(task),
                Devices.name(device), OffsetDateTime.now().toString());
    }

    /** Each step's loss, then every weight, after training on batches of 7 from the same seed. */
    private record Trained(float[] losses, float[] attention, List<float[]> weights) {}

    private Trained train(int steps, BiFunction<TrainedModel, AdamOptimizer, BatchStep> stepOf) {
        List<EncodedSample> samples = task.split("train");
        try (TrainedModel trained = TrainedModel.create(config(0f), device)) {
            AdamOptimizer optimizer = AdamOptimizer.of(trained, trained.config().train());
            float[] losses = new float[steps];
            float[] attention = new float[steps];
            int arraysAfterFirst = -1;
            try (BatchStep step = stepOf.apply(trained, optimizer)) {
                for (int i = 0; i < steps; i++) {
                    try (NDManager batchManager = trained.manager().newSubManager()) {
                        TaskLoss.Parts parts = step.train(batchManager, samples.subList(7 * i, 7 * i + 7), 1e-2f);
                        losses[i] = parts.total().getFloat();
                        attention[i] = parts.attention().getFloat();
                        assertEquals(7, parts.perSequence().size());
                    }
                    // the weights' views and gradients go with the batch: nothing grows step by step
                    // but the constants cached for each new length
                    int arrays = trained.manager().getManagedArrays().size()
                            - trained.model().constantsManager().getManagedArrays().size();
                    if (i == 0) {
                        arraysAfterFirst = arrays;
                    } else {
                        assertEquals(arraysAfterFirst, arrays, "arrays left behind by step " + (i + 1));
                    }
                }
            }
            List<float[]> weights = new ArrayList<>();
            for (Parameter p : trained.parameters()) {
                weights.add(p.getArray().toFloatArray());
            }
            return new Trained(losses, attention, weights);
        }
    }

    private static BiFunction<TrainedModel, AdamOptimizer, BatchStep> shards(int count) {
        return (trained, optimizer) -> new ShardedBatchStep(trained, optimizer, count);
    }

    @Test
    void sameSeedTwiceGivesIdenticalLossesAndWeights() {
        for (int count : new int[] {2, 3}) {
            Trained first = train(4, shards(count));
            Trained second = train(4, shards(count));
            assertArrayEquals(first.losses(), second.losses(), count + " shards");
            for (int i = 0; i < first.weights().size(); i++) {
                assertArrayEquals(first.weights().get(i), second.weights().get(i), count + " shards, parameter " + i);
            }
        }
    }

    @Test
    void shardsTrainAsTheWholeBatch() {
        Trained whole = train(5, WholeBatchStep::new);
        Trained sharded = train(5, shards(2));
        // the first step starts from the same weights: its loss is each shard's share added up, and
        // would be about twice as large (or its attention term off) if shards were weighted as batches
        assertEquals(whole.losses()[0], sharded.losses()[0], 1e-5 * whole.losses()[0]);
        assertEquals(whole.attention()[0], sharded.attention()[0], 1e-5 * whole.attention()[0]);
        assertArrayEquals(whole.losses(), sharded.losses(), 1e-5f * whole.losses()[0]);
        // (weights are not compared: Adam turns float noise in a gradient that is 0 in exact
        // arithmetic, the key biases', into steps of the learning rate; the gradients are compared below)
    }

    @Test
    void shardGradientsAddUpToTheBatchGradient() {
        List<EncodedSample> group = task.split("train").subList(0, 7);
        try (TrainedModel trained = TrainedModel.create(config(0f), device);
                NDManager batchManager = trained.manager().newSubManager()) {
            AdamOptimizer optimizer = AdamOptimizer.of(trained, trained.config().train());
            Batch batch = trained.encoder().encode(batchManager, group);
            try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
                ModelOutput output = trained.model().run(trained.store(), batch.tokens(), batch.lengths(), true);
                collector.backward(trained.loss().compute(output, batch).total());
            }
            try (ShardedBatchStep step = new ShardedBatchStep(trained, optimizer, 2)) {
                NDArray[] sums = step.gradients(batchManager, group).sums();
                NDArray[] expected = optimizer.gradientsOf(batchManager, p -> p.getArray().getGradient());
                assertEquals(expected.length, sums.length);
                for (int i = 0; i < sums.length; i++) {
                    float scale = expected[i].abs().max().getFloat();
                    assertTrue(scale > 0, "slab " + i);
                    assertEquals(0f, expected[i].sub(sums[i]).abs().max().getFloat(), 1e-5f * scale, "slab " + i);
                }
            }
        }
    }

    @Test
    void shardsAreConsecutiveByLengthAndEven() {
        List<EncodedSample> group = task.split("train").subList(0, 7);
        List<List<EncodedSample>> cut = ShardedBatchStep.cut(group, 2);
        assertEquals(List.of(3, 4), cut.stream().map(List::size).toList());
        int longestOfFirst = cut.get(0).stream().mapToInt(EncodedSample::size).max().orElseThrow();
        assertTrue(cut.get(1).stream().allMatch(s -> s.size() >= longestOfFirst));
        assertTrue(cut.get(0).stream().mapToInt(EncodedSample::size).min().orElseThrow()
                < cut.get(1).stream().mapToInt(EncodedSample::size).max().orElseThrow(), "the test's shards differ in length");
    }

    @Test
    void oneThreadDropoutAndTheStrictModeKeepTheWholeBatch() {
        try (TrainedModel plain = TrainedModel.create(config(0f), device);
                TrainedModel dropping = TrainedModel.create(config(0.1f), device)) {
            assertEquals(1, ShardPlan.of(plain, 1, "AUTO").shards());
            assertEquals(2, ShardPlan.of(plain, 2, "AUTO").shards());
            assertEquals(4, ShardPlan.of(plain, 4, null).shards());
            assertEquals(1, ShardPlan.of(dropping, 2, "AUTO").shards());
            assertEquals(1, ShardPlan.of(plain, 2, "COMPATIBLE").shards());
            AdamOptimizer optimizer = AdamOptimizer.of(plain, plain.config().train());
            try (BatchStep one = ShardPlan.of(plain, 1, "AUTO").step(plain, optimizer);
                    BatchStep two = ShardPlan.of(plain, 2, "AUTO").step(plain, optimizer)) {
                assertInstanceOf(WholeBatchStep.class, one);
                assertInstanceOf(ShardedBatchStep.class, two);
            }
        }
    }
}
