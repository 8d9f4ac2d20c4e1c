package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Multi-head self-attention that hands back what it attended to. Input: x [B, T, d] and an
 * additive mask broadcastable to [B, H, T, T]. Output: the mixed values [B, T, d], the attention
 * probabilities [B, H, T, T] (before dropout) and the scaled pre-softmax scores [B, H, T, T]
 * (before masking, so drawings show what the model computed).
 */
public final class SelfAttention extends CompositeBlock {
    private final int heads;
    private final int dim;
    private final float dropout;
    private final Linear inProjection;
    private final Linear outProjection;

    public SelfAttention(int dim, int heads, float dropout) {
        this(dim, heads, dropout, true);
    }

    public SelfAttention(int dim, int heads, float dropout, boolean biases) {
        this.dim = dim;
        this.heads = heads;
        this.dropout = dropout;
        // one fused projection for queries, keys and values: fewer native calls per batch
        this.inProjection = addChildBlock("qkv", Linear.builder().setUnits(3L * dim).optBias(biases).build());
        this.outProjection = addChildBlock("out", Linear.builder().setUnits(dim).optBias(biases).build());
    }

    /** The projection back into the residual stream (GPT scales its initialisation with depth). */
    Linear outProjection() {
        return outProjection;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return attend(store, inputs.get(0), inputs.get(1), training, -1, null, null);
    }

    /**
     * A decoding step (inference): the queries of the new positions x [B, t, d] attend to the
     * keys and values of everything read before, kept in {@code cache}, and to their own, which
     * are added to it; {@code mask} is broadcastable to [B, H, t, T] or null for none.
     */
    NDList step(ParameterStore store, NDArray x, NDArray mask, KeyValues cache) {
        return attend(store, x, mask, false, -1, null, cache);
    }

    /** An inference pass of the attention of layer {@code layer}, its pattern and contexts passed through {@code hooks}. */
    NDList hooked(ParameterStore store, NDArray x, NDArray mask, int layer, ForwardHooks hooks) {
        return attend(store, x, mask, false, layer, hooks, null);
    }

    private NDList attend(ParameterStore store, NDArray x, NDArray mask, boolean training, int layer, ForwardHooks hooks,
            KeyValues cache) {
        long batch = x.getShape().get(0);
        long length = x.getShape().get(1);
        int headDim = dim / heads;

        NDArray qkv = inProjection.forward(store, new NDList(x), training).head();
        // Cut along the features, not by indexing a [3, ...] view: the backward of a split is one
        // concatenation, where indexing zero-fills and adds three tensors of the whole
        // projection's size (measured: about a tenth of a training step's CPU time).
        NDList split = qkv.split(3, 2);
        NDArray queries = Scalars.times(byHead(split.get(0), batch, length, headDim), 1.0 / Math.sqrt(headDim));
        NDArray ownKeys = byHead(split.get(1), batch, length, headDim);
        NDArray ownValues = byHead(split.get(2), batch, length, headDim);
        NDArray keys = cache == null ? ownKeys : cache.withKeys(ownKeys);
        NDArray values = cache == null ? ownValues : cache.withValues(ownValues);

        NDArray scores = queries.matMul(keys.transpose(0, 1, 3, 2));
        NDArray probabilities = (mask == null ? scores : scores.add(mask)).softmax(-1);
        if (hooks != null) {
            probabilities = hooks.onPattern(layer, probabilities, mask);
        }
        NDArray mixingWeights = dropout > 0 ? Dropout.dropout(probabilities, dropout, training).head() : probabilities;
        NDArray context = mixingWeights.matMul(values); // [B, H, T, d/H]
        if (hooks != null) {
            context = hooks.onContext(layer, context);
        }
        NDArray mixed = context.transpose(0, 2, 1, 3).reshape(batch, length, dim);
        NDArray out = outProjection.forward(store, new NDList(mixed), training).head();
        return new NDList(out, probabilities, scores);
    }

    /** [B, T, d] as [B, H, T, d/H]: head h reads features h * d/H .. (h + 1) * d/H - 1. */
    private NDArray byHead(NDArray features, long batch, long length, int headDim) {
        return features.reshape(batch, length, heads, headDim).transpose(0, 2, 1, 3);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        inProjection.initialize(manager, dataType, inputShapes[0]);
        outProjection.initialize(manager, dataType, inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        Shape attention = new Shape(x.get(0), heads, x.get(1), x.get(1));
        return new Shape[] {x, attention, attention};
    }
}
