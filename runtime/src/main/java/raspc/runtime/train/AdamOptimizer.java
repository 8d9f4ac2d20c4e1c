package raspc.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import raspc.runtime.model.FlatParameters;
import raspc.runtime.model.NativeModel;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.TrainConfig;

/**
 * Adam / AdamW over a model's parameters. DJL's own Adam hides its moment estimates; this one
 * owns them so a checkpoint can save and restore them (exact resume). The update itself is
 * DJL's {@code adamUpdate} kernel (about eleven native ops), called once per slab: where the
 * model keeps its parameters in one buffer ({@link FlatParameters}) a slab is a range of that
 * buffer with one weight decay (one or two calls a step), otherwise each parameter is its own.
 * With an {@link OptimizerRecipe} it also has nanoGPT's second-moment decay, clips the
 * gradients' global norm (through the kernel's gradient rescaling, after one norm read per step)
 * and decays matrices only.
 */
public final class AdamOptimizer {
    private static final float BETA1 = 0.9f;
    private static final float DEFAULT_BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_CLIPPING = -1f;

    /**
     * What one kernel call updates: a weight, its moments and the parameters it is made of (a
     * range of the flat buffer, in its layout order from {@code from} to {@code to}, or one
     * parameter's own array when {@code flat} is false).
     */
    private record Slab(NDArray weight, NDArray mean, NDArray variance, float decay, int from, int to, boolean flat) {}

    private final List<Parameter> parameters;
    private final NDManager manager;
    private final FlatParameters buffer;
    private final List<Parameter> slabOrder;
    private final List<Slab> slabs = new ArrayList<>();
    private final boolean decoupled;
    private final float beta2;
    private final float clipNorm;
    /** Each parameter's moments, in {@link #parameters()} order (views of the slabs' where flat). */
    private final NDArray[] means;
    private final NDArray[] variances;
    private long step;

    /** Plain Adam/AdamW over the parameters of {@code model}. */
    public AdamOptimizer(NativeModel model, OptimizerKind kind, float weightDecay) {
        this(model.parameters(), model.flatParameters(), model.manager(), kind, weightDecay, null);
    }

    /** The optimizer a training configuration asks for. */
    public static AdamOptimizer of(NativeModel model, TrainConfig train) {
        return new AdamOptimizer(model.parameters(), model.flatParameters(), model.manager(), train.optimizer(),
                train.weightDecay(), train.recipe());
    }

    /**
     * @param flat the buffer {@code parameters} are views of, or null for each its own slab
     * @param recipe null for plain Adam/AdamW (beta2 0.999, no clipping, decay on every parameter)
     */
    AdamOptimizer(List<Parameter> parameters, FlatParameters flat, NDManager manager, OptimizerKind kind,
            float weightDecay, OptimizerRecipe recipe) {
        // a bias-free layer norm keeps a constant zero beta that needs no update (and has no gradient)
        this.parameters = parameters.stream().filter(Parameter::requiresGradient).toList();
        this.manager = manager;
        this.beta2 = recipe != null ? recipe.beta2() : DEFAULT_BETA2;
        this.clipNorm = recipe != null ? recipe.clipNorm() : 0f;
        this.decoupled = kind == OptimizerKind.ADAMW;
        this.buffer = flat != null && flat.layout().size() == this.parameters.size()
                && this.parameters.stream().allMatch(flat::holds) ? flat : null;
        this.slabOrder = buffer != null ? buffer.layout() : this.parameters;
        float[] decay = new float[slabOrder.size()];
        for (int i = 0; i < decay.length; i++) {
            boolean matrix = FlatParameters.isMatrix(slabOrder.get(i));
            decay[i] = recipe != null && recipe.decayMatricesOnly() && !matrix ? 0f : weightDecay;
        }
        this.means = new NDArray[this.parameters.size()];
        this.variances = new NDArray[this.parameters.size()];
        if (buffer != null) {
            laySlabsOverTheBuffer(decay);
        } else {
            for (int i = 0; i < slabOrder.size(); i++) {
                NDArray w = slabOrder.get(i).getArray();
                means[i] = manager.zeros(w.getShape(), w.getDataType());
                variances[i] = manager.zeros(w.getShape(), w.getDataType());
                slabs.add(new Slab(w, means[i], variances[i], decay[i], i, i + 1, false));
            }
        }
    }

    /** One slab per run of equal decay in the buffer's layout; per-parameter moments as views. */
    private void laySlabsOverTheBuffer(float[] decay) {
        NDArray w = buffer.buffer();
        NDArray allMeans = manager.zeros(w.getShape(), w.getDataType());
        NDArray allVariances = manager.zeros(w.getShape(), w.getDataType());
        int from = 0;
        for (int i = 1; i <= decay.length; i++) {
            if (i == decay.length || decay[i] != decay[from]) {
                long a = buffer.start(from);
                long b = buffer.end(i - 1);
                slabs.add(new Slab(FlatParameters.slice(w, a, b), FlatParameters.slice(allMeans, a, b),
                        FlatParameters.slice(allVariances, a, b), decay[from], from, i, true));
                from = i;
            }
        }
        for (int i = 0; i < slabOrder.size(); i++) {
            Shape shape = slabOrder.get(i).getArray().getShape();
            int k = parameters.indexOf(slabOrder.get(i));
            means[k] = FlatParameters.slice(allMeans, buffer.start(i), buffer.end(i)).reshape(shape);
            variances[k] = FlatParameters.slice(allVariances, buffer.start(i), buffer.end(i)).reshape(shape);
        }
    }

    public long step() {
        return step;
    }

    /** The parameters it updates (a checkpoint's moments are in this order). */
    List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The gradients {@link #update(float, NDArray[])} takes, one per slab, from each parameter's
     * own gradient as {@code gradient} gives it; they live in {@code manager}.
     */
    NDArray[] gradientsOf(NDManager manager, Function<Parameter, NDArray> gradient) {
        NDArray[] out = new NDArray[slabs.size()];
        for (int i = 0; i < out.length; i++) {
            Slab slab = slabs.get(i);
            if (slab.flat()) {
                out[i] = buffer.concat(manager, slab.from(), slab.to(), gradient);
            } else {
                out[i] = gradient.apply(slabOrder.get(slab.from()));
                out[i].attach(manager);
            }
        }
        return out;
    }

    /** One update with the gradients the last backward pass left in the parameters, which are then cleared. */
    public void update(float learningRate) {
        try (NDManager scratch = manager.newSubManager()) {
            update(learningRate, gradientsOf(scratch, p -> {
                NDArray gradient = p.getArray().getGradient(); // a fresh handle (the buffer stays with the weight)
                gradient.attach(scratch);
                return gradient;
            }));
            if (buffer != null) {
                // the kernel clears the gradient of what it updates, here the buffer's slices
                for (Parameter p : parameters) {
                    JniUtils.zeroGrad((PtNDArray) p.getArray());
                }
            }
        }
    }

    /** One update with the given gradients, one per slab ({@link #gradientsOf}). */
    void update(float learningRate, NDArray[] gradients) {
        step++;
        double correction1 = 1.0 - Math.pow(BETA1, step);
        double correction2 = 1.0 - Math.pow(beta2, step);
        float corrected = (float) (learningRate * Math.sqrt(correction2) / correction1);
        float rescale = clipNorm > 0 ? clippingFactor(gradients) : 1f;
        for (int i = 0; i < slabs.size(); i++) {
            Slab slab = slabs.get(i);
            NDArray weight = slab.weight();
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradients[i], slab.mean(), slab.variance()),
                    new NDList(weight), learningRate, corrected, slab.decay(), rescale, NO_CLIPPING, BETA1, beta2,
                    EPSILON, false, decoupled);
        }
    }

    /** min(1, clipNorm / ||g||) over all gradients together (torch.nn.utils.clip_grad_norm_). */
    private float clippingFactor(NDArray[] gradients) {
        // results land in the gradients' (the model's) manager: move each into a scratch one to free it
        try (NDManager scratch = manager.newSubManager()) {
            NDArray sum = null;
            for (NDArray g : gradients) {
                NDArray squares = g.square();
                squares.attach(scratch);
                NDArray total = squares.sum();
                total.attach(scratch);
                sum = sum == null ? total : sum.add(total);
            }
            float norm = (float) Math.sqrt(sum.getFloat());
            return norm > clipNorm ? clipNorm / (norm + 1e-6f) : 1f;
        }
    }

    /** Moments as bytes (DJL's NDList encoding): means then variances. */
    byte[] encodeMoments() {
        NDList all = new NDList();
        all.addAll(List.of(means));
        all.addAll(List.of(variances));
        return all.encode();
    }

    void restore(byte[] moments, long savedStep) {
        NDList all = NDList.decode(manager, moments);
        int n = parameters.size();
        if (all.size() != 2 * n) {
            throw new IllegalStateException("the optimizer state has " + all.size() / 2 + " parameters, the model " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!all.get(i).getShape().equals(means[i].getShape())) {
                throw new IllegalStateException("the optimizer state does not fit parameter " + parameters.get(i).getName());
            }
        }
        // into the moments' own memory: where flat, the slabs update these views' buffer
        for (int i = 0; i < n; i++) {
            means[i].set(new NDIndex(":"), all.get(i));
            variances[i].set(new NDIndex(":"), all.get(n + i));
        }
        all.close();
        this.step = savedStep;
    }
}
