package raspc.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.List;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.TrainConfig;

/**
 * Adam / AdamW over a model's parameters. DJL's own Adam hides its moment estimates; this one
 * owns them so a checkpoint can save and restore them (exact resume). The update itself is
 * PyTorch's fused kernel through DJL's {@code adamUpdate}: one native call per parameter, which
 * also clears the gradient. With an {@link OptimizerRecipe} it also has nanoGPT's second-moment
 * decay, clips the gradients' global norm (through the kernel's gradient rescaling, after one
 * norm read per step) and decays matrices only.
 */
public final class AdamOptimizer {
    private static final float BETA1 = 0.9f;
    private static final float DEFAULT_BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_CLIPPING = -1f;

    private final List<Parameter> parameters;
    private final NDManager manager;
    private final float[] weightDecay;
    private final boolean decoupled;
    private final float beta2;
    private final float clipNorm;
    private NDArray[] means;
    private NDArray[] variances;
    private long step;

    public AdamOptimizer(List<Parameter> parameters, NDManager manager, OptimizerKind kind, float weightDecay) {
        this(parameters, manager, kind, weightDecay, null);
    }

    /** The optimizer a training configuration asks for. */
    public static AdamOptimizer of(List<Parameter> parameters, NDManager manager, TrainConfig train) {
        return new AdamOptimizer(parameters, manager, train.optimizer(), train.weightDecay(), train.recipe());
    }

    /** @param recipe null for plain Adam/AdamW (beta2 0.999, no clipping, decay on every parameter) */
    public AdamOptimizer(List<Parameter> parameters, NDManager manager, OptimizerKind kind, float weightDecay,
            OptimizerRecipe recipe) {
        // a bias-free layer norm keeps a constant zero beta that needs no update (and has no gradient)
        this.parameters = parameters.stream().filter(Parameter::requiresGradient).toList();
        parameters = this.parameters;
        this.manager = manager;
        this.beta2 = recipe != null ? recipe.beta2() : DEFAULT_BETA2;
        this.clipNorm = recipe != null ? recipe.clipNorm() : 0f;
        this.weightDecay = new float[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            boolean matrix = parameters.get(i).getArray().getShape().dimension() >= 2;
            this.weightDecay[i] = recipe != null && recipe.decayMatricesOnly() && !matrix ? 0f : weightDecay;
        }
        this.decoupled = kind == OptimizerKind.ADAMW;
        this.means = new NDArray[parameters.size()];
        this.variances = new NDArray[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            NDArray w = parameters.get(i).getArray();
            means[i] = manager.zeros(w.getShape(), w.getDataType());
            variances[i] = manager.zeros(w.getShape(), w.getDataType());
        }
    }

    public long step() {
        return step;
    }

    /** The parameters it updates, in the order {@link #update(float, NDArray[])} takes their gradients. */
    List<Parameter> parameters() {
        return parameters;
    }

    /** One update with the gradients left by the last backward pass. */
    public void update(float learningRate) {
        NDArray[] gradients = new NDArray[parameters.size()];
        for (int i = 0; i < gradients.length; i++) {
            gradients[i] = parameters.get(i).getArray().getGradient();
        }
        update(learningRate, gradients);
    }

    /**
     * One update with the given gradients, one per {@link #parameters()} entry (a sharded batch's
     * sums, which never were the weights' own); they are closed afterwards.
     */
    void update(float learningRate, NDArray[] gradients) {
        step++;
        double correction1 = 1.0 - Math.pow(BETA1, step);
        double correction2 = 1.0 - Math.pow(beta2, step);
        float corrected = (float) (learningRate * Math.sqrt(correction2) / correction1);
        float rescale = clipNorm > 0 ? clippingFactor(gradients) : 1f;
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i).getArray();
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradients[i], means[i], variances[i]),
                    new NDList(weight), learningRate, corrected, weightDecay[i], rescale, NO_CLIPPING, BETA1, beta2,
                    EPSILON, false, decoupled);
            gradients[i].close(); // a fresh handle per call; the gradient buffer itself stays with the weight
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
            means[i].close();
            variances[i].close();
            means[i] = all.get(i);
            variances[i] = all.get(n + i);
        }
        this.step = savedStep;
    }
}
