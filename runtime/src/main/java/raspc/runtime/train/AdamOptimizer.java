package raspc.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.List;
import raspc.runtime.run.OptimizerKind;

/**
 * Adam / AdamW over a model's parameters. DJL's own Adam hides its moment estimates; this one
 * owns them so a checkpoint can save and restore them (exact resume). The update itself is
 * PyTorch's fused kernel through DJL's {@code adamUpdate}: one native call per parameter, which
 * also clears the gradient.
 */
public final class AdamOptimizer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    private static final float NO_CLIPPING = -1f;

    private final List<Parameter> parameters;
    private final NDManager manager;
    private final float weightDecay;
    private final boolean decoupled;
    private NDArray[] means;
    private NDArray[] variances;
    private long step;

    public AdamOptimizer(List<Parameter> parameters, NDManager manager, OptimizerKind kind, float weightDecay) {
        this.parameters = List.copyOf(parameters);
        this.manager = manager;
        this.weightDecay = weightDecay;
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

    /** One update with the gradients left by the last backward pass. */
    public void update(float learningRate) {
        step++;
        double correction1 = 1.0 - Math.pow(BETA1, step);
        double correction2 = 1.0 - Math.pow(BETA2, step);
        float corrected = (float) (learningRate * Math.sqrt(correction2) / correction1);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i).getArray();
            NDArray gradient = weight.getGradient();
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradient, means[i], variances[i]),
                    new NDList(weight), learningRate, corrected, weightDecay, 1f, NO_CLIPPING, BETA1, BETA2, EPSILON,
                    false, decoupled);
            gradient.close(); // a fresh handle per call; the gradient buffer itself stays with the weight
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
