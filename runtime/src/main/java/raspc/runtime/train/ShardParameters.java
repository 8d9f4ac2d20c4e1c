package raspc.runtime.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters as one shard of a batch sees them: each trainable weight as a leaf of its own
 * that shares the weight's memory (a detached view) but collects its own gradient. Shards then
 * never add into the same gradient from two threads, whose order would vary from run to run;
 * {@link ShardedBatchStep} adds the shards' gradients in shard order instead, so same-seed runs
 * stay identical with any number of shards.
 */
final class ShardParameters extends ParameterStore {
    private final Map<Parameter, NDArray> views = new IdentityHashMap<>();

    /** Views of {@code trainable} in {@code manager}, which frees them with the batch. */
    ShardParameters(NDManager manager, List<Parameter> trainable) {
        super(manager, false);
        for (Parameter parameter : trainable) {
            NDArray view = parameter.getArray().stopGradient();
            view.attach(manager);
            view.setRequiresGradient(true);
            views.put(parameter, view);
        }
    }

    @Override
    public NDArray getValue(Parameter parameter, Device device, boolean training) {
        if (parameter == null) {
            return null;
        }
        NDArray view = views.get(parameter);
        return view != null ? view : parameter.getArray();
    }

    /** This shard's gradient of {@code parameter}, zeros where its pass did not reach it. */
    NDArray gradient(Parameter parameter) {
        NDArray view = views.get(parameter);
        NDArray gradient = view.getGradient();
        return gradient != null ? gradient : view.zerosLike();
    }
}
