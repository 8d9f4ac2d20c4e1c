package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Position-wise MLP: d -> ff -> d, ReLU with biases (the encoders), GELU with biases (BERT) or without (GPT). */
public final class FeedForward extends CompositeBlock {
    private final int ff;
    private final boolean gelu;
    private final Linear hidden;
    private final Linear out;

    public FeedForward(int dim, int ff) {
        this(dim, ff, Architecture.ENCODER);
    }

    public FeedForward(int dim, int ff, Architecture architecture) {
        this.ff = ff;
        this.gelu = architecture.gelu();
        this.hidden = addChildBlock("hidden", Linear.builder().setUnits(ff).optBias(architecture.biases()).build());
        this.out = addChildBlock("out", Linear.builder().setUnits(dim).optBias(architecture.biases()).build());
    }

    /** The projection back into the residual stream (GPT scales its initialisation with depth). */
    Linear outProjection() {
        return out;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = hidden.forward(store, inputs, training).head();
        return out.forward(store, new NDList(gelu ? Activation.gelu(h) : Activation.relu(h)), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        hidden.initialize(manager, dataType, x);
        out.initialize(manager, dataType, new Shape(x.get(0), x.get(1), ff));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
