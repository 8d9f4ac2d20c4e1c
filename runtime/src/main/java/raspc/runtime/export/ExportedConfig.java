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
 * @param architecture   the blocks between embedding and classifier: encoder (the RASP and Boolean
 *                       experiments' transformer), gpt (the composition decoder), bert (the matrix
 *                       regressor) or lstm (a stack of {@code layers} LSTM layers of width d, laid out
 *                       as torch.nn.LSTM's weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0 with the
 *                       gates in its order i, f, g, o; no attention, MLP, layer norm or positions, so
 *                       heads, head_dim and ff are 0 and activation, norm and positions none)
 * @param activation     the feed-forward nonlinearity: relu, or gelu (exact, with erf); none for an LSTM
 * @param biases         whether the linear layers and layer norms have biases (false for decoders)
 * @param tiedEmbeddings no classifier of its own: the logits are x times the token embedding's transpose
 * @param norm           post (layer norm after each residual addition), pre (before each sublayer) or
 *                       none (an LSTM)
 * @param finalNorm      whether a layer norm comes before the classifier (pre-LN models)
 * @param embeddingNorm  whether a layer norm ({@code embedding_norm}) follows the sum of token and
 *                       position embeddings, before the first layer (BERT)
 * @param layerNormEps   every layer norm's epsilon (BERT's 1e-12, else 1e-5)
 * @param positions      sinusoidal (added; sin at even, cos at odd dimensions, pos / 10000^(2i/d)),
 *                       learned (a table added), learned_concat (token embedding of
 *                       tokenEmbeddingDim concatenated with a position table of positionEmbeddingDim)
 *                       or none (an LSTM reads order from its recurrence)
 * @param maxPositions   longest input (BOS included) a learned table covers
 * @param maskValue      added to the attention scores of padded (and, if causal, future) keys
 * @param inputVocabSize rows of the token embedding (ids as in vocab.json)
 * @param maxLength      the longest input it was trained on (BOS excluded); a decoder's generation
 *                       by default continues a prompt until it is one token longer (a whole document)
 * @param values         a masked regressor's value tokens; null for every other kind
 */
public record ExportedConfig(String format, int formatVersion, String raspcVersion, String task, String runId,
        String kind, String architecture, int layers, int heads, int d, int headDim, int ff, String activation,
        boolean biases, boolean tiedEmbeddings, String norm, boolean finalNorm, boolean embeddingNorm,
        double layerNormEps, String positions,
        int maxPositions, int tokenEmbeddingDim, int positionEmbeddingDim, boolean causal, double maskValue,
        Readout readout, int inputVocabSize, int outputVocabSize, int maxLength, ValueTokens values) {

    public static final String FORMAT = "raspc-transformer";
    /**
     * 2: activation, biases, tied_embeddings, max_length and values joined (decoders and masked
     * regressors); 3: architecture and embedding_norm (BERT, LSTM), layer_norm_eps per architecture.
     */
    public static final int FORMAT_VERSION = 3;
    /** The additive mask of {@code ConstantCache}: softmax gives exactly 0, the scores stay finite. */
    static final double MASK_VALUE = -1e9;
    /** What an LSTM has instead of an activation, a norm placement and positions. */
    static final String NONE = "none";

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
        // the epsilon as its shortest decimal: the float 1e-12f widened would be written 9.99999996e-13
        double eps = Double.parseDouble(Float.toString(a.layerNormEpsilon()));
        if (!a.attends()) {
            return new ExportedConfig(FORMAT, FORMAT_VERSION, raspcVersion, task, runId, kind, word(a), m.layers(), 0,
                    m.dim(), 0, 0, NONE, a.biases(), a.tiedEmbeddings(), NONE, false, false, eps, NONE,
                    m.maxPositions(), m.tokenEmbeddingDim(), 0, m.causal(), MASK_VALUE, readout, m.inputVocab(),
                    m.outputVocab(), maxLength, values);
        }
        return new ExportedConfig(FORMAT, FORMAT_VERSION, raspcVersion, task, runId, kind, word(a), m.layers(),
                m.heads(), m.dim(), m.headDim(), m.ff(), a.gelu() ? "gelu" : "relu", a.biases(),
                a.tiedEmbeddings(), m.norm() == NormPlacement.POST ? "post" : "pre", m.norm() == NormPlacement.PRE,
                a.embeddingNorm(), eps, word(m.positions()), m.maxPositions(), m.tokenEmbeddingDim(),
                m.positions().isLearned() ? m.positionEmbeddingDim() : 0, m.causal(), MASK_VALUE, readout,
                m.inputVocab(), m.outputVocab(), maxLength, values);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
