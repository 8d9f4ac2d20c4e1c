package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * One transformer block: self-attention and feed-forward, each with a residual connection and
 * layer norm, post-LN (as in the RASP experiments) or pre-LN. Input: x, mask. Output: x,
 * attention probabilities, attention scores.
 */
public final class EncoderLayer extends AbstractBlock {
    private final NormPlacement norm;
    private final float dropout;
    private final SelfAttention attention;
    private final FeedForward feedForward;
    private final LayerNorm attentionNorm;
    private final LayerNorm feedForwardNorm;

    public EncoderLayer(int dim, int heads, int ff, float dropout, NormPlacement norm) {
        this.norm = norm;
        this.dropout = dropout;
        this.attention = addChildBlock("attention", new SelfAttention(dim, heads, dropout));
        this.feedForward = addChildBlock("ffn", new FeedForward(dim, ff));
        // axis 2 of [B, T, d]: normalise each position's vector
        this.attentionNorm = addChildBlock("norm1", LayerNorm.builder().axis(2).build());
        this.feedForwardNorm = addChildBlock("norm2", LayerNorm.builder().axis(2).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return run(store, inputs.get(0), inputs.get(1), training, null);
    }

    /** An inference pass that also appends the input of each of its two layer norms to {@code normInputs}. */
    NDList traced(ParameterStore store, NDArray x, NDArray mask, List<NDArray> normInputs) {
        return run(store, x, mask, false, normInputs);
    }

    private NDList run(ParameterStore store, NDArray x, NDArray mask, boolean training, List<NDArray> normInputs) {
        NDList attended;
        if (norm == NormPlacement.POST) {
            attended = attention.forward(store, new NDList(x, mask), training);
            x = apply(attentionNorm, store, x.add(drop(attended.head(), training)), training, normInputs);
            NDArray f = feedForward.forward(store, new NDList(x), training).head();
            x = apply(feedForwardNorm, store, x.add(drop(f, training)), training, normInputs);
        } else {
            attended = attention.forward(store, new NDList(apply(attentionNorm, store, x, training, normInputs), mask), training);
            x = x.add(drop(attended.head(), training));
            NDArray f = feedForward.forward(store, new NDList(apply(feedForwardNorm, store, x, training, normInputs)), training).head();
            x = x.add(drop(f, training));
        }
        return new NDList(x, attended.get(1), attended.get(2));
    }

    private static NDArray apply(LayerNorm layerNorm, ParameterStore store, NDArray x, boolean training, List<NDArray> normInputs) {
        if (normInputs != null) {
            normInputs.add(x);
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
