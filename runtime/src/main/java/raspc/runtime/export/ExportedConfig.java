package raspc.runtime.export;

import java.util.Locale;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.Objective;
import raspc.runtime.run.RunConfig;

/**
 * The config.json of an export: every number and choice a reimplementation needs to rebuild the
 * forward pass from model.safetensors, in words rather than raspc's enum names, so that the file
 * reads on its own (examples/pytorch/raspc_model.py is one such reimplementation).
 *
 * @param kind           what the model computes: per_position_classifier, readout_classifier or
 *                       readout_regressor
 * @param norm           post (layer norm after each residual addition) or pre (before each sublayer)
 * @param finalNorm      whether a layer norm comes before the classifier (pre-LN models)
 * @param positions      sinusoidal (added; sin at even, cos at odd dimensions, pos / 10000^(2i/d)),
 *                       learned (a table added) or learned_concat (token embedding of
 *                       tokenEmbeddingDim concatenated with a position table of positionEmbeddingDim)
 * @param maxPositions   longest input (BOS included) a learned table covers
 * @param maskValue      added to the attention scores of padded (and, if causal, future) keys
 * @param inputVocabSize rows of the token embedding (ids as in vocab.json)
 */
public record ExportedConfig(String format, int formatVersion, String raspcVersion, String task, String runId,
        String kind, int layers, int heads, int d, int headDim, int ff, String activation, String norm,
        boolean finalNorm, double layerNormEps, String positions, int maxPositions, int tokenEmbeddingDim,
        int positionEmbeddingDim, boolean causal, double maskValue, Readout readout, int inputVocabSize,
        int outputVocabSize) {

    public static final String FORMAT = "raspc-transformer";
    public static final int FORMAT_VERSION = 1;
    /** DJL's LayerNorm default, which the model uses. */
    static final double LAYER_NORM_EPS = 1e-5;
    /** The additive mask of {@code ConstantCache}: softmax gives exactly 0, the scores stay finite. */
    static final double MASK_VALUE = -1e9;

    /**
     * Where the classifier reads and how its output becomes a prediction.
     *
     * @param position   every (one class per position), first or last (the last real token)
     * @param units      classifier outputs
     * @param loss       cross_entropy or mse (the loss it was trained with)
     * @param prediction argmax (an output id) above_0.5 (output id 1 when the value is
     *     above 0.5, else 0) or value (each position's output is the real value itself)
     */
    public record Readout(String position, int units, String loss, String prediction) {}

    public static ExportedConfig of(RunConfig run, String raspcVersion) {
        return of(run.task(), run.runId(), run.model(), raspcVersion);
    }

    /**
     * The export of a model configuration. Every field of {@link ModelConfig} that changes the
     * forward pass has its entry here (dropout does not: predictions run without it); the switches
     * over the sealed {@link Objective} are exhaustive, so a new objective cannot be exported
     * until it says what its readout is.
     */
    static ExportedConfig of(String task, String runId, ModelConfig m, String raspcVersion) {
        Objective objective = m.objective();
        String kind = switch (objective) {
            case Objective.PerPositionClassification p -> "per_position_classifier";
            case Objective.NextTokenPrediction n -> throw new raspc.runtime.RuntimeUserException(
                    "export does not handle decoder (composition) runs yet: their tied, bias-free blocks have no PyTorch peer in examples/pytorch");
            case Objective.ReadoutClassification r -> "readout_classifier";
            case Objective.ReadoutRegression r -> "readout_regressor";
            case Objective.MaskedPositionRegression r -> "masked_regressor";
        };
        Readout readout = switch (objective) {
            case Objective.PerPositionClassification p -> new Readout("every", m.outputUnits(), "cross_entropy", "argmax");
            case Objective.NextTokenPrediction n -> new Readout("every", m.outputUnits(), "cross_entropy", "argmax");
            case Objective.ReadoutClassification r -> new Readout(word(r.at()), m.outputUnits(), "cross_entropy", "argmax");
            case Objective.ReadoutRegression r -> new Readout(word(r.at()), m.outputUnits(), "mse", "above_0.5");
            case Objective.MaskedPositionRegression r -> new Readout("every", m.outputUnits(), "mse", "value");
        };
        return new ExportedConfig(FORMAT, FORMAT_VERSION, raspcVersion, task, runId, kind, m.layers(),
                m.heads(), m.dim(), m.headDim(), m.ff(), "relu", m.norm() == NormPlacement.POST ? "post" : "pre",
                m.norm() == NormPlacement.PRE, LAYER_NORM_EPS, word(m.positions()), m.maxPositions(),
                m.tokenEmbeddingDim(), m.positions().isLearned() ? m.positionEmbeddingDim() : 0, m.causal(), MASK_VALUE,
                readout, m.inputVocab(), m.outputVocab());
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
