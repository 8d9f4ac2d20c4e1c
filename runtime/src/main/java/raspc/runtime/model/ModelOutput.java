package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * A forward pass's results, named. The underlying list is [logits, probs_0..probs_{L-1},
 * scores_0..scores_{L-1}].
 *
 * <p>logits: [B, T, C] per position; [B, C] for a readout; [B] for an MSE readout.
 * Attention probabilities and scores per layer: [B, H, T, T] (query rows, key columns).
 */
public record ModelOutput(NDList list, int layers) {
    public NDArray logits() {
        return list.get(0);
    }

    public NDArray attention(int layer) {
        return list.get(1 + layer);
    }

    public NDArray scores(int layer) {
        return list.get(1 + layers + layer);
    }
}
