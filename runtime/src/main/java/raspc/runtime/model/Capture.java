package raspc.runtime.model;

/** What a {@link ForwardHooks} records of one forward pass. */
public enum Capture {
    /** The residual stream after the embedding and after each layer, [B, T, d] each. */
    RESIDUAL,
    /** Each layer's per-head context vectors before the output projection, [B, H, T, d/H]. */
    CONTEXT,
    /** Each layer's feed-forward output before it is added to the residual, [B, T, d]. */
    MLP_OUTPUT,
    /** The input of every layer norm, in order (layer 0 norm1, norm2, layer 1 ...; a pre-LN final norm last). */
    NORM_INPUT
}
