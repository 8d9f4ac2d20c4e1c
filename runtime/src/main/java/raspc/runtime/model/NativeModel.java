package raspc.runtime.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import raspc.runtime.engine.TorchEngine;

/**
 * A transformer together with the native memory it lives in (a base manager on its device) and
 * its parameter store; close it to free that memory. The two kinds of model, trained on a task
 * ({@code TrainedModel}) and on a Boolean function ({@code BooleanNet}), add what they need.
 */
public abstract class NativeModel implements AutoCloseable {
    private final NDManager manager;
    private final TransformerModel model;
    private final ParameterStore store;
    private final FlatParameters flat;

    protected NativeModel(NDManager manager, TransformerModel model) {
        this.manager = manager;
        this.model = model;
        // before the store caches any array: the parameters become views of one buffer (an
        // LSTM's weights stay apart: cuDNN wants its own flat layout of them)
        this.flat = model.config().architecture().attends() ? FlatParameters.gather(parameters()) : null;
        this.store = new ParameterStore(manager, false);
    }

    /** The buffer the trainable parameters are views of; null where they are arrays of their own. */
    public FlatParameters flatParameters() {
        return flat;
    }

    /**
     * Loads the engine, opens a base manager on the device and builds the model in it, its
     * parameters drawn from PyTorch's generator seeded with {@code seed} (under the engine's
     * generator lock, so the same seed gives the same parameters whatever other threads do); the
     * manager is closed again when building fails, so no native memory is left behind.
     */
    protected static <T extends NativeModel> T onNewManager(Device device, long seed, Function<NDManager, T> build) {
        TorchEngine.get();
        NDManager manager = NDManager.newBaseManager(device);
        try {
            return TorchEngine.seeded(seed, () -> build.apply(manager));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public TransformerModel model() {
        return model;
    }

    public ParameterStore store() {
        return store;
    }

    /** The manager batches should open sub-managers of. */
    public NDManager manager() {
        return manager;
    }

    /** Every parameter, in the model's order. */
    public List<Parameter> parameters() {
        return model.getParameters().values();
    }

    /** The parameters except the learned position table (what sharpness perturbs and the norm counts). */
    public List<Parameter> nonPositionalParameters() {
        return parameters().stream().filter(p -> !p.getName().equals(TransformerModel.POSITION_EMBEDDING)).toList();
    }

    /**
     * Reads saved parameters (DJL's block format) into this model's own arrays, in place.
     *
     * <p>DJL's {@code Block.loadParameters} swaps in new arrays, but the parameter store keeps
     * handing the forward pass the arrays it cached on first use, and anything else holding the
     * old arrays (an optimizer, an evaluator) would go on with them too: after such a load the
     * model silently kept its old weights. So the file is read into an unbound twin of the model
     * and its values are copied into the live arrays, which keep their identity and gradient
     * buffers.
     */
    public void loadParameters(InputStream in) throws IOException, MalformedModelException {
        try (NDManager scratch = manager.newSubManager()) {
            TransformerModel twin = TransformerModel.unloaded(model.config());
            twin.loadParameters(scratch, new DataInputStream(in));
            List<Parameter> live = parameters();
            List<Parameter> loaded = twin.getParameters().values();
            for (int i = 0; i < live.size(); i++) {
                NDArray target = live.get(i).getArray();
                NDArray source = loaded.get(i).getArray();
                if (!target.getShape().equals(source.getShape())) {
                    throw new MalformedModelException("parameter " + live.get(i).getName() + " has shape "
                            + source.getShape() + ", the model needs " + target.getShape());
                }
                // through a detached view of the same storage: an in-place write to a leaf that
                // records gradients is refused where grad mode is on (any thread but DJL's own)
                try (NDArray storage = target.stopGradient()) {
                    storage.set(new NDIndex(":"), source);
                }
            }
        }
    }

    /** Trained parameters (a bias-free layer norm's constant zero beta is not one). */
    public long parameterCount() {
        return parameters().stream().filter(Parameter::requiresGradient).mapToLong(p -> p.getArray().size()).sum();
    }

    @Override
    public void close() {
        manager.close();
    }
}
