package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.Batch;
import raspc.runtime.data.BatchEncoder;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.OutputKind;
import raspc.runtime.engine.TorchEngine;

/**
 * A training step's gradients do not depend on whether the garbage collector ran between its
 * forward and its backward pass. They did: constants multiplied into the graph lived in Java
 * buffers that autograd still read after the collector had freed them (see {@link Scalars}), so
 * same-seed trainings differed now and then, from the step where a collection fell inside one.
 */
class BackwardAfterCollectionTest {
    private static final long SEED = 11;
    private static final HeadId FIRST = new HeadId(0, 0);
    private static final HeadId LAST = new HeadId(1, 1);

    /** The Boolean experiments' model: a readout at the last position on MSE, no attention loss. */
    @Test
    void readoutRegressionGradients() {
        ModelConfig config = new ModelConfig(2, 2, 2, 2, 8, 8, 0f, PositionEncoding.LEARNED_CONCAT, NormPlacement.POST,
                false, OutputKind.READOUT_LAST, ReadoutLoss.MSE, 5);
        List<EncodedSample> samples = List.of(new EncodedSample(new int[] {0, 1, 1, 0, 1}, new int[] {1}),
                new EncodedSample(new int[] {1, 0, 0, 0, 1}, new int[] {0}),
                new EncodedSample(new int[] {1, 1, 1, 0, 1}, new int[] {1}));
        assertSameAfterCollection(config, samples, List.of(), 0f);
    }

    /** A sequence task whose loss also supervises two heads' attention (weighted, averaged over heads). */
    @Test
    void attentionSupervisedGradients() {
        ModelConfig config = new ModelConfig(5, 5, 2, 2, 8, 16, 0f, PositionEncoding.SINUSOIDAL, NormPlacement.POST,
                false, OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY, 6);
        List<EncodedSample> samples = List.of(reversal(new int[] {1, 2, 3, 4}), reversal(new int[] {4, 3, 2}),
                reversal(new int[] {2, 2, 1, 3}));
        assertSameAfterCollection(config, samples, List.of(FIRST, LAST), 0.5f);
    }

    /** Reverse as the task: target i is input n-1-i, and both supervised heads attend there. */
    private static EncodedSample reversal(int[] input) {
        int n = input.length;
        int[] target = new int[n];
        boolean[][] pattern = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            target[i] = input[n - 1 - i];
            pattern[i][n - 1 - i] = true;
        }
        return new EncodedSample(input, target, Map.of(FIRST, pattern, LAST, pattern));
    }

    private static void assertSameAfterCollection(ModelConfig config, List<EncodedSample> samples, List<HeadId> heads,
            float attnWeight) {
        List<float[]> plain = gradients(config, samples, heads, attnWeight, false);
        List<float[]> collected = gradients(config, samples, heads, attnWeight, true);
        assertEquals(plain.size(), collected.size());
        for (int i = 0; i < plain.size(); i++) {
            assertArrayEquals(plain.get(i), collected.get(i), "gradient of parameter " + i);
        }
    }

    /** One step's gradients of a freshly seeded model, collecting garbage between forward and backward or not. */
    private static List<float[]> gradients(ModelConfig config, List<EncodedSample> samples, List<HeadId> heads,
            float attnWeight, boolean collectInBetween) {
        TorchEngine.get();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            TransformerModel model = TorchEngine.seeded(SEED, () -> TransformerModel.create(config, manager.newSubManager()));
            ParameterStore store = new ParameterStore(manager, false);
            TaskLoss loss = new TaskLoss(config, heads, attnWeight);
            BatchEncoder encoder = new BatchEncoder(0, false, config.objective(), heads);
            try (NDManager step = manager.newSubManager()) {
                Batch batch = encoder.encode(step, samples);
                try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
                    NDArray total = loss.compute(model.run(store, batch.tokens(), batch.lengths(), true), batch).total();
                    if (collectInBetween) {
                        collectGarbage();
                    }
                    collector.backward(total);
                }
                List<float[]> out = new ArrayList<>();
                for (Parameter p : model.getParameters().values()) {
                    if (p.requiresGradient()) {
                        try (NDArray g = p.getArray().getGradient()) {
                            out.add(g.toFloatArray());
                        }
                    }
                }
                return out;
            }
        }
    }

    /** Collections, with time for the cleaner thread to free what they found unreachable. */
    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
