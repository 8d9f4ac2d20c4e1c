package raspc.runtime.model;

/**
 * The family of blocks a {@link TransformerModel} is built from.
 *
 * <ul>
 *   <li>{@code ENCODER}: the encoders of the RASP and Boolean experiments: biased linear layers,
 *       a ReLU MLP, a separate linear classifier.
 *   <li>{@code GPT}: nanoGPT as configured by the composition study (Ramesh et al.): no biases
 *       anywhere (linear layers and layer norms), a GELU MLP, the classifier tied to the token
 *       embedding (logits = x E^T), weights drawn from N(0, 0.02). Used causal, pre-LN, with learned
 *       positions and the final layer norm.
 *   <li>{@code LSTM}: the recurrent baseline of the composition study: the token embedding, a
 *       stack of LSTM layers of width d and a biased linear classifier at every position. It
 *       has no attention, no MLP and no position table (the recurrence reads order), and is
 *       causal by construction.
 *   <li>{@code BERT}: Hugging Face's BertModel as the matrix-completion study (Gopalani et al.) uses
 *       it: biased linear layers, a GELU MLP, a layer norm over the summed token and position
 *       embeddings, every weight and embedding drawn from N(0, 0.02) (BERT's initializer_range),
 *       a separate linear readout. Used post-LN with learned positions.
 * </ul>
 */
public enum Architecture {
    ENCODER, GPT, LSTM, BERT;

    public boolean biases() {
        return this != GPT;
    }

    /** GELU in the MLP (ReLU otherwise). */
    public boolean gelu() {
        return this == GPT || this == BERT;
    }

    /**
     * The layer norms' epsilon: BERT's 1e-12 (its embeddings start at a scale of 0.02, whose
     * variance 1e-5 would visibly shrink), DJL's 1e-5 otherwise.
     */
    public float layerNormEpsilon() {
        return this == BERT ? 1e-12f : 1e-5f;
    }

    /** A layer norm over the summed token and position embeddings, before the first layer. */
    public boolean embeddingNorm() {
        return this == BERT;
    }

    public boolean tiedEmbeddings() {
        return this == GPT;
    }

    /** Whether the layers are transformer blocks (attention heads and an MLP each). */
    public boolean attends() {
        return this != LSTM;
    }
}
