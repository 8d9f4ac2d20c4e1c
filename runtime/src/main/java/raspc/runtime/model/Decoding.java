package raspc.runtime.model;

import ai.djl.ndarray.NDArray;

/**
 * Incremental inference of one batch by a causal next-token model
 * ({@link TransformerModel#decoding}): every call reads the tokens that follow those read
 * before, on top of what they left (a transformer's keys and values, an LSTM's state), so
 * greedy generation reads each token once instead of re-running the prefix for every new one.
 * The arrays live in the manager of the tokens handed in.
 */
public sealed interface Decoding permits CachedAttentionDecoding, RecurrentDecoding {
    /**
     * Reads {@code tokens} [B, t] int64, the next t tokens of every row.
     *
     * @return the logits that predict the token after them, [B, C]
     */
    NDArray read(NDArray tokens);
}
