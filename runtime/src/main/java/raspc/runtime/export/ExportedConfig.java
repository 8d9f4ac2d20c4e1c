package raspc.runtime.export;

import java.util.Locale;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.Objective;
import raspc.runtime.run.RunConfig;

/**
 * The config.json of an export: every number and choice a reimplementation needs to rebuild the
 * forward pass from model.safetensors, in words rather than raspc's enum names, so that the file
 * reads on its own (examples/pytorch/raspc_model.py is one such reimplementation).
 *
 * @param kind           what the model computes: per_position_classifier, readout_classifier,
 *                       readout_regressor, masked_regressor (one real value per position) or
 *                       causal_decoder (the next token at every position, predicted by greedy generation)
 * @param activation     the feed-forward nonlinearity: relu, or gelu (exact, with erf)
 * @param biases         whether the linear layers and layer norms have biases (false for decoders)
 * @param tiedEmbeddings no classifier of its own: the logits are x times the token embedding's transpose
 * @param norm           post (layer norm after each residual addition) or pre (before each sublayer)
 * @param finalNorm      whether a layer norm comes before the classifier (pre-LN models)
 * @param positions      sinusoidal (added; sin at even, cos at odd dimensions, pos / 10000^(2i/d)),
 *                       learned (a table added) or learned_concat (token embedding of
 *                       tokenEmbeddingDim concatenated with a position table of positionEmbeddingDim)
 * @param maxPositions   longest input (BOS included) a learned table covers
 * @param maskValue      added to the attention scores of padded (and, if causal, future) keys
 * @param inputVocabSize rows of the token embedding (ids as in vocab.json)
 * @param maxLength      the longest input it was trained on (BOS excluded); a decoder's generation
 *                       by default continues a prompt until it is one token longer (a whole document)
 * @param values         a masked regressor's value tokens; null for every other kind
 */
public record ExportedConfig(String format, int formatVersion, String raspcVersion, String task, String runId,
        String kind, int layers, int heads, int d, int headDim, int ff, String activation, boolean biases,
        boolean tiedEmbeddings, String norm, boolean finalNorm, double layerNormEps, String positions,
        int maxPositions, int tokenEmbeddingDim, int positionEmbeddingDim, boolean causal, double maskValue,
        Readout readout, int inputVocabSize, int outputVocabSize, int maxLength, ValueTokens values) {

    public static final String FORMAT = "raspc-transformer";
    /** 2: activation, biases, tied_embeddings, max_length and values joined (decoders and masked regressors). */
    public static final int FORMAT_VERSION = 2;
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
     * @param prediction argmax (an output id), above_0.5 (output id 1 when the value is
     *     above 0.5, else 0), nearest_value (each position's real value, shown as its nearest value
     *     token: {@link ValueTokens}) or greedy (append the argmax of the last position's logits,
     *     one token at a time)
     */
    public record Readout(String position, int units, String loss, String prediction) {}

    /**
     * How a masked regressor's real outputs map to tokens: value token {@code id} stands for
     * {@code (id - zeroId) * step}, a prediction v is the id {@code round(v / step) + zeroId}
     * (half to even) clipped to {@code [maskId + 1, 2 zeroId - 1]}, the value tokens' range.
     */
    public record ValueTokens(int maskId, int zeroId, double step) {}

    public static ExportedConfig of(RunConfig run, String raspcVersion) {
        return of(run.task(), run.runId(), run.model(), run.maxLength(), raspcVersion);
    }

    /**
     * The export of a model configuration. Every field of {@link ModelConfig} that changes the
     * forward pass has its entry here (dropout does not: predictions run without it); the switches
     * over the sealed {@link Objective} are exhaustive, so a new objective cannot be exported
     * until it says what its readout is.
     */
    static ExportedConfig of(String task, String runId, ModelConfig m, int maxLength, String raspcVersion) {
        Objective objective = m.objective();
        String kind = switch (objective) {
            case Objective.PerPositionClassification p -> "per_position_classifier";
            case Objective.NextTokenPrediction n -> "causal_decoder";
            case Objective.ReadoutClassification r -> "readout_classifier";
            case Objective.ReadoutRegression r -> "readout_regressor";
            case Objective.MaskedPositionRegression r -> "masked_regressor";
        };
        Readout readout = switch (objective) {
            case Objective.PerPositionClassification p -> new Readout("every", m.outputUnits(), "cross_entropy", "argmax");
            case Objective.NextTokenPrediction n -> new Readout("every", m.outputUnits(), "cross_entropy", "greedy");
            case Objective.ReadoutClassification r -> new Readout(word(r.at()), m.outputUnits(), "cross_entropy", "argmax");
            case Objective.ReadoutRegression r -> new Readout(word(r.at()), m.outputUnits(), "mse", "above_0.5");
            case Objective.MaskedPositionRegression r -> new Readout("every", m.outputUnits(), "mse", "nearest_value");
        };
        ValueTokens values = objective instanceof Objective.MaskedPositionRegression r
                ? new ValueTokens(r.maskId(), r.zeroId(), r.step()) : null;
        Architecture a = m.architecture();
        return new ExportedConfig(FORMAT, FORMAT_VERSION, raspcVersion, task, runId, kind, m.layers(),
                m.heads(), m.dim(), m.headDim(), m.ff(), a.gelu() ? "gelu" : "relu", a.biases(),
                a.tiedEmbeddings(), m.norm() == NormPlacement.POST ? "post" : "pre", m.norm() == NormPlacement.PRE,
                LAYER_NORM_EPS, word(m.positions()), m.maxPositions(), m.tokenEmbeddingDim(),
                m.positions().isLearned() ? m.positionEmbeddingDim() : 0, m.causal(), MASK_VALUE, readout,
                m.inputVocab(), m.outputVocab(), maxLength, values);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
