package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;

/**
 * config.json for every model raspc can build: each position kind, norm placement, causal
 * setting, output kind and readout loss gives the words examples/pytorch/raspc_model.py reads
 * (the parity test runs the combinations a task can train; this one also covers the first-position
 * readout, which no bundled task uses).
 */
class ExportedConfigTest {
    @Test
    void everyModelOptionHasItsEntry() {
        int combinations = 0;
        for (PositionEncoding positions : PositionEncoding.values()) {
            for (NormPlacement norm : NormPlacement.values()) {
                for (OutputKind output : OutputKind.values()) {
                    for (ReadoutLoss loss : ReadoutLoss.values()) {
                        for (boolean causal : new boolean[] {false, true}) {
                            if (output == OutputKind.NEXT_TOKEN && !causal) {
                                continue; // a decoder is causal (ModelConfig refuses anything else)
                            }
                            // a masked regressor's vocabulary is MASK plus an odd number of values
                            int vocab = output == OutputKind.MASKED_REGRESSION ? 6 : 5;
                            ModelConfig m = new ModelConfig(vocab, 2, 2, 2, 16, 32, 0.1f, positions, norm, causal, output,
                                    loss, 9);
                            check(m, ExportedConfig.of("t", "r", m, 7, "v"));
                            combinations++;
                        }
                    }
                }
            }
        }
        assertEquals(3 * 2 * 4 * 2 * 2 + 3 * 2 * 2, combinations);
    }

    /** The composition study's decoder: GELU, no biases, the classifier tied to the token embedding. */
    @Test
    void theDecoderSaysItIsTiedAndBiasFree() {
        ModelConfig m = new ModelConfig(11, 11, 2, 1, 16, 64, 0f, PositionEncoding.LEARNED, NormPlacement.PRE, true,
                OutputKind.NEXT_TOKEN, ReadoutLoss.CROSS_ENTROPY, 50, Architecture.GPT);
        ExportedConfig c = ExportedConfig.of("t", "r", m, 14, "v");
        assertEquals("causal_decoder", c.kind());
        assertEquals("gelu", c.activation());
        assertFalse(c.biases());
        assertTrue(c.tiedEmbeddings());
        assertEquals(new ExportedConfig.Readout("every", 11, "cross_entropy", "greedy"), c.readout());
        assertEquals(14, c.maxLength());
        assertNull(c.values());
        assertEquals("gpt", c.architecture());
        assertFalse(c.embeddingNorm());
    }

    /** The matrix study's BERT: GELU, a layer norm over the summed embeddings, epsilon 1e-12, post-LN. */
    @Test
    void bertSaysItsEmbeddingNormAndEpsilon() {
        ModelConfig m = new ModelConfig(6, 6, 2, 2, 16, 64, 0f, PositionEncoding.LEARNED, NormPlacement.POST, false,
                OutputKind.MASKED_REGRESSION, ReadoutLoss.MSE, 9, Architecture.BERT);
        ExportedConfig c = ExportedConfig.of("t", "r", m, 9, "v");
        assertEquals("bert", c.architecture());
        assertTrue(c.embeddingNorm());
        assertEquals(1e-12, c.layerNormEps());
        assertEquals("gelu", c.activation());
        assertEquals("post", c.norm());
        assertFalse(c.finalNorm());
        assertTrue(c.biases() && !c.tiedEmbeddings());
        assertEquals("masked_regressor", c.kind());
    }

    /** The composition study's LSTM has none of a transformer's attention, MLP, norms or positions. */
    @Test
    void theLstmSaysItHasNoTransformerParts() {
        ModelConfig m = new ModelConfig(11, 11, 2, 2, 16, 64, 0f, PositionEncoding.LEARNED, NormPlacement.PRE, true,
                OutputKind.NEXT_TOKEN, ReadoutLoss.CROSS_ENTROPY, 50, Architecture.LSTM);
        ExportedConfig c = ExportedConfig.of("t", "r", m, 14, "v");
        assertEquals("lstm", c.architecture());
        assertEquals("causal_decoder", c.kind());
        assertEquals(2, c.layers());
        assertEquals(16, c.d());
        assertEquals(16, c.tokenEmbeddingDim());
        assertEquals(List.of(0, 0, 0, 0), List.of(c.heads(), c.headDim(), c.ff(), c.positionEmbeddingDim()));
        assertEquals(List.of("none", "none", "none"), List.of(c.activation(), c.norm(), c.positions()));
        assertFalse(c.finalNorm() || c.embeddingNorm() || c.tiedEmbeddings());
        assertTrue(c.biases() && c.causal());
        assertEquals(new ExportedConfig.Readout("every", 11, "cross_entropy", "greedy"), c.readout());
    }

    private static void check(ModelConfig m, ExportedConfig c) {
        String where = m.toString();
        assertEquals(switch (m.positions()) {
            case SINUSOIDAL -> "sinusoidal";
            case LEARNED -> "learned";
            case LEARNED_CONCAT -> "learned_concat";
        }, c.positions(), where);
        assertEquals(m.positions() == PositionEncoding.LEARNED_CONCAT ? 8 : 16, c.tokenEmbeddingDim(), where);
        assertEquals(switch (m.positions()) {
            case SINUSOIDAL -> 0;
            case LEARNED -> 16;
            case LEARNED_CONCAT -> 8;
        }, c.positionEmbeddingDim(), where);
        assertEquals(m.norm() == NormPlacement.PRE ? "pre" : "post", c.norm(), where);
        assertEquals(m.norm() == NormPlacement.PRE, c.finalNorm(), where);
        assertEquals(m.causal(), c.causal(), where);
        boolean masked = m.output() == OutputKind.MASKED_REGRESSION;
        boolean decoder = m.output() == OutputKind.NEXT_TOKEN;
        boolean perPosition = m.output() == OutputKind.PER_POSITION || decoder;
        boolean regression = masked || !perPosition && m.readoutLoss() == ReadoutLoss.MSE;
        assertEquals(masked ? "masked_regressor" : decoder ? "causal_decoder" : perPosition ? "per_position_classifier"
                : regression ? "readout_regressor" : "readout_classifier", c.kind(), where);
        assertEquals("relu", c.activation(), where);
        assertEquals("encoder", c.architecture(), where);
        assertFalse(c.embeddingNorm(), where);
        assertEquals(1e-5, c.layerNormEps(), where);
        assertTrue(c.biases() && !c.tiedEmbeddings(), where);
        // value token 1 + (vocab - 2) / 2 = 3 stands for 0, MASK is 0, one token per hundredth
        assertEquals(masked ? new ExportedConfig.ValueTokens(0, 3, 0.01f) : null, c.values(), where);
        assertEquals(switch (m.output()) {
            case PER_POSITION -> "every";
            case READOUT_FIRST -> "first";
            case READOUT_LAST -> "last";
            case MASKED_REGRESSION -> "every";
            case NEXT_TOKEN -> "every";
        }, c.readout().position(), where);
        assertEquals(regression ? 1 : 2, c.readout().units(), where);
        assertEquals(7, c.maxLength(), where);
        assertEquals(regression ? "mse" : "cross_entropy", c.readout().loss(), where);
        assertEquals(masked ? "nearest_value" : decoder ? "greedy" : regression ? "above_0.5" : "argmax",
                c.readout().prediction(), where);
        assertEquals(9, c.maxPositions(), where);
        assertEquals(8, c.headDim(), where);
    }
}
