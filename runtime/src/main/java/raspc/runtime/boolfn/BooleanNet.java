package raspc.runtime.boolfn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.NativeModel;
import raspc.runtime.model.TransformerModel;

/**
 * A transformer over n input bits with one scalar output, with the native memory it lives in;
 * close it to free that memory. Shared by training and the analyses.
 */
public final class BooleanNet extends NativeModel {
    /** Inputs per forward pass when evaluating many inputs. */
    public static final int EVAL_BATCH = 4096;

    private final ModelConfig config;
    private final int n;

    private BooleanNet(ModelConfig config, int n, NDManager manager, TransformerModel model) {
        super(manager, model);
        this.config = config;
        this.n = n;
    }

    /** A freshly initialised model; the same seed gives the same parameters. */
    public static BooleanNet create(ModelConfig config, int n, long seed, Device device) {
        return onNewManager(device, seed,
                manager -> new BooleanNet(config, n, manager, TransformerModel.create(config, manager.newSubManager())));
    }

    /** A model with the parameters saved in {@code params} (no gradient buffers: for analyses). */
    public static BooleanNet load(ModelConfig config, int n, Path params, Device device) {
        BooleanNet net = create(config, n, 0, device);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(params))) {
            net.loadParameters(in);
            // analyses perturb the weights in place (sharpness), which PyTorch refuses on leaves
            // that record gradients wherever grad mode is on
            for (ai.djl.nn.Parameter p : net.parameters()) {
                p.getArray().setRequiresGradient(false);
            }
        } catch (IOException | ai.djl.MalformedModelException | RuntimeException e) {
            net.close();
            throw new RuntimeUserException("cannot read the model parameters in " + params + ": " + e.getMessage(), e);
        }
        return net;
    }

    public ModelConfig config() {
        return config;
    }

    public int n() {
        return n;
    }

    /** Row lengths [count] int64, all n. */
    public NDArray lengths(NDManager batchManager, int count) {
        return batchManager.full(new Shape(count), n, DataType.INT64);
    }

    /** The scalar outputs [count] for xs[from, from + count), in {@code batchManager}. */
    public NDArray forward(NDManager batchManager, long[] xs, int from, int count, boolean training) {
        NDArray tokens = BooleanInputs.tokens(batchManager, xs, from, count, n);
        ModelOutput out = model().run(store(), tokens, lengths(batchManager, count), training);
        return out.logits();
    }

    /** Outputs for every input, evaluated in batches of {@link #EVAL_BATCH}. */
    public float[] predict(long[] xs) {
        float[] out = new float[xs.length];
        for (int from = 0; from < xs.length; from += EVAL_BATCH) {
            int count = Math.min(EVAL_BATCH, xs.length - from);
            try (NDManager batch = manager().newSubManager()) {
                float[] values = forward(batch, xs, from, count, false).toFloatArray();
                System.arraycopy(values, 0, out, from, count);
            }
        }
        return out;
    }

    /** A traced pass (outputs and layer-norm inputs) over xs[from, from + count). */
    public TransformerModel.Traced trace(NDManager batchManager, long[] xs, int from, int count) {
        NDArray tokens = BooleanInputs.tokens(batchManager, xs, from, count, n);
        return model().trace(store(), tokens, lengths(batchManager, count));
    }
}
