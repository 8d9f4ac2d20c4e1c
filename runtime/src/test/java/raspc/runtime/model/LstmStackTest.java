package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.engine.TorchEngine;

/**
 * The LSTM baseline's pass against the LSTM equations computed in plain Java from its weights.
 * On an AMD EPYC of the Zen 5 generation the fused CPU kernel DJL used before (libtorch 2.5.1's
 * oneDNN RNN) failed this by 0.04 at the first step.
 */
class LstmStackTest {
    private static final int VOCAB = 6;
    private static final int D = 8;
    private static final int LAYERS = 2;
    private static final long[][] TOKENS = {{1, 4, 2, 5, 3}, {5, 5, 0, 1, 2}};

    private static TransformerModel lstm(NDManager m) {
        TorchEngine.seed(4);
        ModelConfig config = new ModelConfig(VOCAB, VOCAB, LAYERS, 1, D, 4 * D, 0f, PositionEncoding.LEARNED,
                NormPlacement.PRE, true, OutputKind.NEXT_TOKEN, ReadoutLoss.CROSS_ENTROPY, 8, Architecture.LSTM);
        return TransformerModel.create(config, m);
    }

    @Test
    void theWholePassFollowsTheLstmEquations() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            TransformerModel model = lstm(m);
            NDArray tokens = m.create(TOKENS);
            ModelOutput out = model.run(new ParameterStore(m, false), tokens, m.create(new long[] {5, 5}), false);
            assertEquals(new Shape(2, 5, VOCAB), out.logits().getShape());
            assertArrayEquals(reference(model), out.logits().toFloatArray(), 1e-5f);
        }
    }

    @Test
    void decodingTokenByTokenCarriesTheSameState() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            TransformerModel model = lstm(m);
            float[] whole = reference(model);
            Decoding decoding = model.decoding(new ParameterStore(m, false));
            for (int t = 0; t < TOKENS[0].length; t++) {
                float[] step = decoding.read(m.create(new long[][] {{TOKENS[0][t]}, {TOKENS[1][t]}})).toFloatArray();
                for (int b = 0; b < 2; b++) {
                    for (int c = 0; c < VOCAB; c++) {
                        assertEquals(whole[(b * TOKENS[0].length + t) * VOCAB + c], step[b * VOCAB + c], 1e-5f,
                                "row " + b + " step " + t + " class " + c);
                    }
                }
            }
        }
    }

    /** The logits [B, T, C] by the LSTM equations (gates i, f, g, o; zero initial state), in floats. */
    private static float[] reference(TransformerModel model) {
        Map<String, float[]> w = new HashMap<>();
        for (var p : model.getParameters()) {
            Parameter parameter = p.getValue();
            w.put(p.getKey().replaceFirst("^\\d+", ""), parameter.getArray().toFloatArray());
        }
        int steps = TOKENS[0].length;
        float[] logits = new float[TOKENS.length * steps * VOCAB];
        for (int b = 0; b < TOKENS.length; b++) {
            float[][] h = new float[LAYERS][D];
            float[][] c = new float[LAYERS][D];
            for (int t = 0; t < steps; t++) {
                float[] x = new float[D];
                System.arraycopy(w.get("token_embedding"), (int) TOKENS[b][t] * D, x, 0, D);
                for (int l = 0; l < LAYERS; l++) {
                    String layer = "lstm_l_" + l + "_";
                    float[] gates = new float[4 * D];
                    for (int g = 0; g < 4 * D; g++) {
                        float z = w.get(layer + "i2h_BIAS")[g] + w.get(layer + "h2h_BIAS")[g];
                        for (int k = 0; k < D; k++) {
                            z += w.get(layer + "i2h_WEIGHT")[g * D + k] * x[k] + w.get(layer + "h2h_WEIGHT")[g * D + k] * h[l][k];
                        }
                        gates[g] = z;
                    }
                    for (int k = 0; k < D; k++) {
                        float in = sigmoid(gates[k]);
                        float forget = sigmoid(gates[D + k]);
                        float candidate = (float) Math.tanh(gates[2 * D + k]);
                        float out = sigmoid(gates[3 * D + k]);
                        c[l][k] = forget * c[l][k] + in * candidate;
                        h[l][k] = out * (float) Math.tanh(c[l][k]);
                    }
                    x = h[l].clone();
                }
                for (int o = 0; o < VOCAB; o++) {
                    float z = w.get("classifier_bias")[o];
                    for (int k = 0; k < D; k++) {
                        z += w.get("classifier_weight")[o * D + k] * x[k];
                    }
                    logits[(b * steps + t) * VOCAB + o] = z;
                }
            }
        }
        return logits;
    }

    private static float sigmoid(float z) {
        return (float) (1 / (1 + Math.exp(-z)));
    }
}
