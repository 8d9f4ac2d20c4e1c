package raspc.runtime.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Position-wise ReLU MLP: d -> ff -> d. */
public final class FeedForward extends AbstractBlock {
    private final int ff;
    private final Linear hidden;
    private final Linear out;

    public FeedForward(int dim, int ff) {
        this.ff = ff;
        this.hidden = addChildBlock("hidden", Linear.builder().setUnits(ff).build());
        this.out = addChildBlock("out", Linear.builder().setUnits(dim).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList h = hidden.forward(store, inputs, training);
        return out.forward(store, new NDList(Activation.relu(h.head())), training);
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
