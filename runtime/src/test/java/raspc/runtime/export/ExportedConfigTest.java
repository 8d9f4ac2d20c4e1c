package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
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
                    if (output == OutputKind.NEXT_TOKEN) {
                        continue; // decoder runs are refused by export (ExportedConfig says so)
                    }
                    for (ReadoutLoss loss : ReadoutLoss.values()) {
                        for (boolean causal : new boolean[] {false, true}) {
                            // a masked regressor's vocabulary is MASK plus an odd number of values
                            int vocab = output == OutputKind.MASKED_REGRESSION ? 6 : 5;
                            ModelConfig m = new ModelConfig(vocab, 2, 2, 2, 16, 32, 0.1f, positions, norm, causal, output,
                                    loss, 9);
                            check(m, ExportedConfig.of("t", "r", m, "v"));
                            combinations++;
                        }
                    }
                }
            }
        }
        assertEquals(3 * 2 * 4 * 2 * 2, combinations);
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
        boolean regression = masked || m.output() != OutputKind.PER_POSITION && m.readoutLoss() == ReadoutLoss.MSE;
        assertEquals(masked ? "masked_regressor" : m.output() == OutputKind.PER_POSITION ? "per_position_classifier"
                : regression ? "readout_regressor" : "readout_classifier", c.kind(), where);
        assertEquals(switch (m.output()) {
            case PER_POSITION -> "every";
            case READOUT_FIRST -> "first";
            case READOUT_LAST -> "last";
            case MASKED_REGRESSION -> "every";
            case NEXT_TOKEN -> throw new AssertionError("decoder runs are not exported");
        }, c.readout().position(), where);
        assertEquals(regression ? 1 : 2, c.readout().units(), where);
        assertEquals(regression ? "mse" : "cross_entropy", c.readout().loss(), where);
        assertEquals(masked ? "value" : regression ? "above_0.5" : "argmax", c.readout().prediction(), where);
        assertEquals(9, c.maxPositions(), where);
        assertEquals(8, c.headDim(), where);
    }
}
