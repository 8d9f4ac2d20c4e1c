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
 * </ul>
 */
public enum Architecture {
    ENCODER, GPT, LSTM;

    public boolean biases() {
        return this != GPT;
    }

    public boolean tiedEmbeddings() {
        return this == GPT;
    }

    /** Whether the layers are transformer blocks (attention heads and an MLP each). */
    public boolean attends() {
        return this != LSTM;
    }
}
