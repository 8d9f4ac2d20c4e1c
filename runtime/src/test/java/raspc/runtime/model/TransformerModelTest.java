package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.engine.TorchEngine;

/** Shapes and masks of the model variants. */
class TransformerModelTest {
    private static ModelConfig config(PositionEncoding positions, NormPlacement norm, boolean causal, OutputKind output,
            ReadoutLoss readoutLoss, int outputVocab) {
        return new ModelConfig(5, outputVocab, 2, 2, 8, 16, 0f, positions, norm, causal, output, readoutLoss, 6);
    }

    private static ModelOutput run(ModelConfig config, NDManager m) {
        TorchEngine.seed(1);
        TransformerModel model = TransformerModel.create(config, m);
        NDArray tokens = m.create(new long[] {1, 2, 3, 4, 1, 2, 0, 0}, new Shape(2, 4));
        NDArray lengths = m.create(new long[] {4, 2});
        return model.run(new ParameterStore(m, false), tokens, lengths, false);
    }

    @Test
    void perPositionEncoderMasksPaddingKeys() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            ModelOutput out = run(config(PositionEncoding.SINUSOIDAL, NormPlacement.POST, false, OutputKind.PER_POSITION,
                    ReadoutLoss.CROSS_ENTROPY, 7), m);
            assertEquals(new Shape(2, 4, 7), out.logits().getShape());
            assertEquals(new Shape(2, 2, 4, 4), out.attention(1).getShape());
            assertEquals(new Shape(2, 2, 4, 4), out.scores(0).getShape());
            float[] p = out.attention(0).toFloatArray();
            // second sequence (length 2): keys 2 and 3 get nothing, rows sum to 1
            for (int h = 0; h < 2; h++) {
                for (int q = 0; q < 4; q++) {
                    int base = ((1 * 2 + h) * 4 + q) * 4;
                    assertEquals(0f, p[base + 2]);
                    assertEquals(0f, p[base + 3]);
                    assertEquals(1f, p[base] + p[base + 1], 1e-5f);
                }
            }
        }
    }

    @Test
    void causalDecoderAttendsOnlyBackwards() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            ModelOutput out = run(config(PositionEncoding.LEARNED, NormPlacement.PRE, true, OutputKind.PER_POSITION,
                    ReadoutLoss.CROSS_ENTROPY, 7), m);
            float[] p = out.attention(1).toFloatArray();
            for (int q = 0; q < 4; q++) {
                for (int k = q + 1; k < 4; k++) {
                    assertEquals(0f, p[q * 4 + k], "query " + q + " key " + k);
                }
            }
        }
    }

    /** Rows {0, 1, 2, 3} and {1, 2, 3, 4}: a batch with no padding, whose mask is left out. */
    private static ModelOutput runFull(ModelConfig config, NDManager m) {
        TorchEngine.seed(1);
        TransformerModel model = TransformerModel.create(config, m);
        NDArray tokens = m.create(new long[] {1, 2, 3, 4, 1, 2, 3, 4}, new Shape(2, 4));
        return model.run(new ParameterStore(m, false), tokens, m.create(new long[] {4, 4}), false);
    }

    @Test
    void anUnpaddedBatchComputesWhatAPaddedOneDoesForItsFullRows() {
        TorchEngine.get();
        for (boolean causal : new boolean[] {false, true}) {
            try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
                ModelConfig config = config(PositionEncoding.SINUSOIDAL, NormPlacement.POST, causal,
                        OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY, 7);
                float[] padded = run(config, m).logits().get(0).toFloatArray();
                ModelOutput full = runFull(config, m);
                float[] unpadded = full.logits().get(0).toFloatArray();
                for (int i = 0; i < padded.length; i++) {
                    assertEquals(padded[i], unpadded[i], 1e-5f, "causal " + causal + ", logit " + i);
                }
                float[] p = full.attention(0).toFloatArray();
                for (int q = 0; q < 4; q++) {
                    for (int k = q + 1; k < 4; k++) {
                        // the causal mask stays where the padding mask goes
                        assertEquals(causal, p[q * 4 + k] == 0f, "causal " + causal + ", query " + q + " key " + k);
                    }
                }
            }
        }
    }

    @Test
    void readouts() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            assertEquals(new Shape(2, 3), run(config(PositionEncoding.SINUSOIDAL, NormPlacement.POST, false,
                    OutputKind.READOUT_FIRST, ReadoutLoss.CROSS_ENTROPY, 3), m).logits().getShape());
            assertEquals(new Shape(2), run(config(PositionEncoding.SINUSOIDAL, NormPlacement.POST, false,
                    OutputKind.READOUT_LAST, ReadoutLoss.MSE, 2), m).logits().getShape());
        }
    }

    /**
     * The matrix study's BERT: weights drawn from N(0, 0.02), and a layer norm over the summed
     * token and position embeddings, so the residual stream enters the first layer with zero mean
     * and unit variance at every position (at initialisation, where the norm's gain is 1).
     */
    @Test
    void bertNormalisesItsSmallEmbeddings() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            TorchEngine.seed(1);
            ModelConfig config = new ModelConfig(402, 402, 2, 2, 16, 64, 0f, PositionEncoding.LEARNED, NormPlacement.POST,
                    false, OutputKind.MASKED_REGRESSION, ReadoutLoss.MSE, 6, Architecture.BERT);
            TransformerModel bert = TransformerModel.create(config, m);
            assertEquals(TransformerModel.BERT_INIT_STD, rms(bert.getParameters().get(TransformerModel.TOKEN_EMBEDDING)
                    .getArray().toFloatArray()), 0.002, "BERT's initializer_range");

            ForwardHooks hooks = ForwardHooks.recording(Capture.RESIDUAL);
            bert.run(new ParameterStore(m, false), m.create(new long[] {1, 200, 300, 401, 0, 7}, new Shape(1, 6)),
                    m.create(new long[] {6}), hooks);
            NDArray embedded = hooks.residual(0); // [1, 6, 16]
            float[] means = embedded.mean(new int[] {2}).toFloatArray();
            float[] variances = embedded.sub(embedded.mean(new int[] {2}, true)).square().mean(new int[] {2}).toFloatArray();
            for (int t = 0; t < 6; t++) {
                assertEquals(0f, means[t], 1e-4f, "mean at position " + t);
                assertEquals(1f, variances[t], 1e-3f, "variance at position " + t);
            }
        }
    }

    private static double rms(float[] values) {
        double sq = 0;
        for (float v : values) {
            sq += v * v;
        }
        return Math.sqrt(sq / values.length);
    }

    @Test
    void invalidShapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(5, 5, 1, 3, 8, 16, 0f,
                PositionEncoding.SINUSOIDAL, NormPlacement.POST, false, OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY, 4));
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(5, 3, 1, 1, 8, 16, 0f,
                PositionEncoding.SINUSOIDAL, NormPlacement.POST, false, OutputKind.READOUT_LAST, ReadoutLoss.MSE, 4));
    }
}
