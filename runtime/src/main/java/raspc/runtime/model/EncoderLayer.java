package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One transformer block: self-attention and feed-forward, each with a residual connection and
 * layer norm, post-LN (as in the RASP experiments) or pre-LN. Input: x, mask. Output: x,
 * attention probabilities, attention scores.
 */
public final class EncoderLayer extends CompositeBlock {
    private final NormPlacement norm;
    private final float dropout;
    private final SelfAttention attention;
    private final FeedForward feedForward;
    private final LayerNorm attentionNorm;
    private final LayerNorm feedForwardNorm;

    public EncoderLayer(int dim, int heads, int ff, float dropout, NormPlacement norm) {
        this(dim, heads, ff, dropout, norm, Architecture.ENCODER);
    }

    public EncoderLayer(int dim, int heads, int ff, float dropout, NormPlacement norm, Architecture architecture) {
        this.norm = norm;
        this.dropout = dropout;
        this.attention = addChildBlock("attention", new SelfAttention(dim, heads, dropout, architecture.biases()));
        this.feedForward = addChildBlock("ffn", new FeedForward(dim, ff, architecture));
        this.attentionNorm = addChildBlock("norm1", layerNorm(architecture));
        this.feedForwardNorm = addChildBlock("norm2", layerNorm(architecture));
    }

    /** A layer norm over axis 2 of [B, T, d] (each position's vector); without a bias (beta) for GPT. */
    static LayerNorm layerNorm(Architecture architecture) {
        return LayerNorm.builder().axis(2).optCenter(architecture.biases()).optEpsilon(architecture.layerNormEpsilon()).build();
    }

    /** The two projections that write into the residual stream. */
    java.util.List<ai.djl.nn.Block> residualProjections() {
        return java.util.List.of(attention.outProjection(), feedForward.outProjection());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray mask = inputs.get(1);
        return run(store, inputs.get(0), h -> attend(store, h, mask, training, -1, null), training, -1, null);
    }

    /** An inference pass of layer {@code index} whose components report to {@code hooks}. */
    NDList hooked(ParameterStore store, NDArray x, NDArray mask, int index, ForwardHooks hooks) {
        return run(store, x, h -> attend(store, h, mask, false, index, hooks), false, index, hooks);
    }

    /** A decoding step of the new positions x [B, t, d], attending through {@code cache} ({@link SelfAttention#step}). */
    NDArray step(ParameterStore store, NDArray x, NDArray mask, KeyValues cache) {
        return run(store, x, h -> attention.step(store, h, mask, cache), false, -1, null).head();
    }

    /** The block around {@code attend}, which maps the attention's input to its output, pattern and scores. */
    private NDList run(ParameterStore store, NDArray x, java.util.function.Function<NDArray, NDList> attend, boolean training,
            int index, ForwardHooks hooks) {
        NDList attended;
        if (norm == NormPlacement.POST) {
            attended = attend.apply(x);
            x = apply(attentionNorm, store, x.add(drop(attended.head(), training)), training, hooks);
            NDArray f = feedForward(store, x, training, index, hooks);
            x = apply(feedForwardNorm, store, x.add(drop(f, training)), training, hooks);
        } else {
            attended = attend.apply(apply(attentionNorm, store, x, training, hooks));
            x = x.add(drop(attended.head(), training));
            NDArray f = feedForward(store, apply(feedForwardNorm, store, x, training, hooks), training, index, hooks);
            x = x.add(drop(f, training));
        }
        return new NDList(x, attended.get(1), attended.get(2));
    }

    private NDList attend(ParameterStore store, NDArray x, NDArray mask, boolean training, int index, ForwardHooks hooks) {
        return hooks == null ? attention.forward(store, new NDList(x, mask), training)
                : attention.hooked(store, x, mask, index, hooks);
    }

    private NDArray feedForward(ParameterStore store, NDArray x, boolean training, int index, ForwardHooks hooks) {
        NDArray f = feedForward.forward(store, new NDList(x), training).head();
        return hooks == null ? f : hooks.onMlpOutput(index, f);
    }

    private static NDArray apply(LayerNorm layerNorm, ParameterStore store, NDArray x, boolean training, ForwardHooks hooks) {
        if (hooks != null) {
            hooks.onNormInput(x);
        }
        return layerNorm.forward(store, new NDList(x), training).head();
    }

    private NDArray drop(NDArray x, boolean training) {
        return dropout > 0 ? Dropout.dropout(x, dropout, training).head() : x;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        attention.initialize(manager, dataType, inputShapes);
        feedForward.initialize(manager, dataType, x);
        attentionNorm.initialize(manager, dataType, x);
        feedForwardNorm.initialize(manager, dataType, x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return attention.getOutputShapes(inputShapes);
    }
}
