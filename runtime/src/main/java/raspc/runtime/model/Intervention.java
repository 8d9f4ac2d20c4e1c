package raspc.runtime.model;

import ai.djl.ndarray.NDArray;

/**
 * One change an analysis makes to a component of the forward pass ({@link ForwardHooks}): the
 * ablations replace a head's attention or an MLP's output, activation patching overwrites a head's
 * context or the residual stream with what a clean run recorded. Arrays live in the caller's batch
 * manager and must match the batch (a leading 1 broadcasts over it).
 */
public sealed interface Intervention {

    /** Head {@code head} of {@code layer} mixes its values with {@code pattern} [B or 1, T, T] instead of its own attention. */
    record SetPattern(int layer, int head, NDArray pattern) implements Intervention {}

    /** Head {@code head} of {@code layer} attends uniformly over the keys its mask lets it see. */
    record UniformPattern(int layer, int head) implements Intervention {}

    /** The context vectors [B, T, d/H] of a head (its mixed values, before the output projection) become {@code context}. */
    record SetContext(int layer, int head, NDArray context) implements Intervention {}

    /** The feed-forward block of {@code layer} outputs {@code output} (broadcastable to [B, T, d]) instead of its own. */
    record SetMlpOutput(int layer, NDArray output) implements Intervention {}

    /** The residual stream at {@code stage} (0: after the embedding; l + 1: after layer l) becomes {@code residual} [B, T, d]. */
    record SetResidual(int stage, NDArray residual) implements Intervention {}
}
