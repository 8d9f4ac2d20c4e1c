package raspc.runtime.model;

import raspc.runtime.data.OutputKind;

/**
 * Everything needed to rebuild a model's block structure; saved in a run's config.json.
 *
 * @param maxPositions the longest input (BOS included) the model must accept; only binding for
 *     learned positions
 * @param architecture the block family; null (config.json files written before it existed) is
 *     the encoder
 */
public record ModelConfig(
        int inputVocab,
        int outputVocab,
        int layers,
        int heads,
        int dim,
        int ff,
        float dropout,
        PositionEncoding positions,
        NormPlacement norm,
        boolean causal,
        OutputKind output,
        ReadoutLoss readoutLoss,
        int maxPositions,
        Architecture architecture) {

    /** An encoder-family model (the RASP and Boolean experiments). */
    public ModelConfig(int inputVocab, int outputVocab, int layers, int heads, int dim, int ff, float dropout,
            PositionEncoding positions, NormPlacement norm, boolean causal, OutputKind output, ReadoutLoss readoutLoss,
            int maxPositions) {
        this(inputVocab, outputVocab, layers, heads, dim, ff, dropout, positions, norm, causal, output, readoutLoss,
                maxPositions, Architecture.ENCODER);
    }

    public ModelConfig {
        architecture = architecture == null ? Architecture.ENCODER : architecture;
        require(inputVocab > 0, "the input vocabulary is empty");
        require(outputVocab > 0, "the output vocabulary is empty");
        require(layers >= 1, "a model needs at least 1 layer, got " + layers);
        require(heads >= 1, "a model needs at least 1 head per layer, got " + heads);
        require(dim >= 1 && dim % heads == 0, "the model dimension (" + dim + ") must be a positive multiple of the heads (" + heads + ")");
        require(ff >= 1, "the feed-forward width must be positive, got " + ff);
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        require(maxPositions >= 1, "maxPositions must be positive");
        require(positions != PositionEncoding.LEARNED_CONCAT || dim % 2 == 0,
                "concatenated token and position embeddings need an even model dimension, got " + dim);
        require(!architecture.tiedEmbeddings() || inputVocab == outputVocab,
                "tied embeddings need the same input and output vocabulary, got " + inputVocab + " and " + outputVocab);
        require(output != OutputKind.NEXT_TOKEN || causal, "next-token prediction needs a causal model");
        require(architecture.attends() || causal, "an LSTM reads left to right: it is causal");
        require(!(output == OutputKind.MASKED_REGRESSION && (inputVocab < 2 || inputVocab % 2 != 0)),
                "a masked-regression vocabulary is MASK plus an odd number of values, got " + inputVocab + " tokens");
        require(!(output == OutputKind.READOUT_FIRST || output == OutputKind.READOUT_LAST) || readoutLoss != ReadoutLoss.MSE
                || outputVocab == 2,
                "an MSE readout needs exactly two output symbols (false, true), got " + outputVocab);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** What the model is trained to do (derived from the output kind and the readout loss). */
    public Objective objective() {
        return Objective.of(this);
    }

    /** Number of units of the classifier. */
    public int outputUnits() {
        return objective().outputUnits(outputVocab);
    }

    public boolean isScalarReadout() {
        return objective() instanceof Objective.ReadoutRegression;
    }

    /** Width of the token embedding: d, or d/2 when positions are concatenated to it. */
    public int tokenEmbeddingDim() {
        return positions == PositionEncoding.LEARNED_CONCAT ? dim / 2 : dim;
    }

    /** Width of a learned position vector: d, or d/2 when concatenated to the token embedding. */
    public int positionEmbeddingDim() {
        return positions == PositionEncoding.LEARNED_CONCAT ? dim - dim / 2 : dim;
    }

    /** Layers whose attention a forward pass hands back: all of them, none for an LSTM. */
    public int attentionLayers() {
        return architecture.attends() ? layers : 0;
    }

    public int headDim() {
        return dim / heads;
    }
}
