package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.FlatParameters;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.RunConfig;
import raspc.runtime.testing.ToyTask;

/**
 * The model's parameters as views of one buffer, and Adam over that buffer's slabs: the same
 * training as Adam parameter by parameter, and the views survive what a run does to a model.
 */
class FlatAdamTest {
    private final ToyTask task = ToyTask.sortWithAttention(10, 8, 100, 10);
    private final Device device = Devices.resolve(DeviceChoice.CPU);
    /** Decay on matrices only: the buffer splits into two slabs. */
    private final OptimizerRecipe recipe = new OptimizerRecipe(0.95f, 0f, true, 0, 0f, 100);

    private TrainedModel model() {
        TrainOptions options = new TrainOptions().dim(16).dropout(0f);
        return TrainedModel.create(new RunConfig(RunConfig.FORMAT_VERSION, task.name(), "t", task.inputVocab(),
                task.outputVocab(), task.padId(), task.hasBos(), task.maxLength(), task.supervisedHeads(),
                options.modelConfig(task), options.trainConfig(task), Devices.name(device),
                OffsetDateTime.now().toString()), device);
    }

    private static List<Parameter> trainable(TrainedModel trained) {
        return trained.parameters().stream().filter(Parameter::requiresGradient).toList();
    }

    private static List<float[]> weights(TrainedModel trained) {
        List<float[]> out = new ArrayList<>();
        for (Parameter p : trained.parameters()) {
            out.add(p.getArray().toFloatArray());
        }
        return out;
    }

    /** Every weight after {@code steps} batches of 7, with the optimizer over the buffer or without it. */
    private List<float[]> trained(int steps, boolean flat) {
        List<EncodedSample> samples = task.split("train");
        try (TrainedModel trained = model()) {
            AdamOptimizer optimizer = new AdamOptimizer(trained.parameters(), flat ? trained.flatParameters() : null,
                    trained.manager(), OptimizerKind.ADAMW, 0.1f, recipe);
            try (BatchStep step = new WholeBatchStep(trained, optimizer)) {
                for (int i = 0; i < steps; i++) {
                    try (NDManager batchManager = trained.manager().newSubManager()) {
                        step.train(batchManager, samples.subList(7 * i, 7 * i + 7), 1e-2f);
                    }
                }
            }
            return weights(trained);
        }
    }

    @Test
    void everyTrainableParameterIsAViewOfItsSliceOfTheBuffer() {
        try (TrainedModel trained = model()) {
            FlatParameters flat = trained.flatParameters();
            assertNotNull(flat);
            List<Parameter> layout = flat.layout();
            assertEquals(trainable(trained).size(), layout.size());
            assertEquals(trained.parameterCount(), flat.buffer().size());
            // matrices first, so that a decay on matrices only is one range
            int firstVector = 0;
            while (layout.get(firstVector).getArray().getShape().dimension() >= 2) {
                firstVector++;
            }
            for (int i = firstVector; i < layout.size(); i++) {
                assertEquals(1, layout.get(i).getArray().getShape().dimension(), layout.get(i).getName());
            }
            for (int i = 0; i < layout.size(); i++) {
                try (NDArray slice = FlatParameters.slice(flat.buffer(), flat.start(i), flat.end(i))) {
                    assertArrayEquals(slice.toFloatArray(), layout.get(i).getArray().toFloatArray());
                }
            }
            // a write to the buffer is a write to the parameters
            flat.buffer().muli(0f);
            for (Parameter p : layout) {
                assertEquals(0f, p.getArray().abs().max().getFloat(), p.getName());
            }
        }
    }

    @Test
    void adamOverTheBufferTrainsAsAdamParameterByParameter() {
        List<float[]> flat = trained(4, true);
        List<float[]> separate = trained(4, false);
        assertEquals(separate.size(), flat.size());
        boolean moved = false;
        try (TrainedModel fresh = model()) {
            List<float[]> initial = weights(fresh);
            for (int i = 0; i < flat.size(); i++) {
                // the same elementwise kernel on the same gradients: equal up to vector-lane rounding
                assertArrayEquals(separate.get(i), flat.get(i), 1e-6f, "parameter " + i);
                moved |= !java.util.Arrays.equals(initial.get(i), flat.get(i));
            }
        }
        assertTrue(moved, "training changed the weights");
    }

    @Test
    void weightsLoadedFromAFileStayInTheBufferTheOptimizerUpdates() throws Exception {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (TrainedModel source = model()) {
            source.flatParameters().buffer().addi(1f);
            source.model().saveParameters(new DataOutputStream(saved));
        }
        try (TrainedModel trained = model()) {
            trained.loadParameters(new ByteArrayInputStream(saved.toByteArray()));
            FlatParameters flat = trained.flatParameters();
            for (int i = 0; i < flat.layout().size(); i++) {
                try (NDArray slice = FlatParameters.slice(flat.buffer(), flat.start(i), flat.end(i))) {
                    assertArrayEquals(slice.toFloatArray(), flat.layout().get(i).getArray().toFloatArray());
                }
            }
            float[] before = flat.layout().get(0).getArray().toFloatArray();
            AdamOptimizer optimizer = AdamOptimizer.of(trained, trained.config().train());
            try (BatchStep step = new WholeBatchStep(trained, optimizer);
                    NDManager batchManager = trained.manager().newSubManager()) {
                step.train(batchManager, task.split("train").subList(0, 7), 1e-2f);
            }
            assertFalse(java.util.Arrays.equals(before, flat.layout().get(0).getArray().toFloatArray()),
                    "the step reached the loaded weights");
        }
    }
}
