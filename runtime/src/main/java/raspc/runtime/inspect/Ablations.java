package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import raspc.runtime.data.Batch;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TransformerModel;
import ai.djl.training.ParameterStore;

/** The intervention that ablates one component on one batch (a mean ablation first runs the batch clean). */
final class Ablations {
    /** Keeps a renormalised row finite where the mean pattern puts no weight on a row's real keys. */
    private static final float TINY = 1e-12f;

    private Ablations() {}

    static Intervention of(Component component, AblationMode mode, Batch batch, TransformerModel model,
            ParameterStore store) {
        int dim = model.config().dim();
        int headDim = dim / model.config().heads();
        long length = batch.tokens().getShape().get(1);
        return switch (component) {
            case Component.Head h -> switch (mode) {
                case ZERO -> new Intervention.SetContext(h.layer(), h.head(),
                        batch.tokens().getManager().zeros(new Shape(1, length, headDim)));
                case UNIFORM -> new Intervention.UniformPattern(h.layer(), h.head());
                case MEAN -> new Intervention.SetPattern(h.layer(), h.head(), meanPattern(h, batch, model, store));
            };
            case Component.Mlp m -> switch (mode) {
                case ZERO -> new Intervention.SetMlpOutput(m.layer(), batch.tokens().getManager().zeros(new Shape(1, 1, dim)));
                case MEAN -> new Intervention.SetMlpOutput(m.layer(), meanMlpOutput(m, batch, model, store));
                case UNIFORM -> throw new IllegalArgumentException("uniform attention ablates heads, not " + m.label());
            };
            case Component.Residual r -> throw new IllegalArgumentException("ablations take out heads and MLPs, not "
                    + r.label());
        };
    }

    /** The head's attention averaged over the batch's rows, [B, T, T], each row renormalised over its own real keys. */
    private static NDArray meanPattern(Component.Head h, Batch batch, TransformerModel model, ParameterStore store) {
        ModelOutput clean = model.run(store, batch.tokens(), batch.lengths(), ForwardHooks.recording());
        NDArray mean = clean.attention(h.layer()).get(":, {}", h.head()).mean(new int[] {0}, true); // [1, T, T]
        NDArray visible = batch.valid().expandDims(1); // [B, 1, T]
        NDArray rows = mean.mul(visible);
        return rows.div(rows.sum(new int[] {2}, true).add(TINY));
    }

    /** The MLP's output averaged over the batch's real tokens at each position, [1, T, d]. */
    private static NDArray meanMlpOutput(Component.Mlp m, Batch batch, TransformerModel model, ParameterStore store) {
        ForwardHooks hooks = ForwardHooks.recording(Capture.MLP_OUTPUT);
        model.run(store, batch.tokens(), batch.lengths(), hooks);
        NDArray valid = batch.valid().expandDims(2); // [B, T, 1]
        NDArray sum = hooks.mlpOutput(m.layer()).mul(valid).sum(new int[] {0}, true);
        return sum.div(valid.sum(new int[] {0}, true).maximum(1f));
    }

    /** Every head and MLP of a model of {@code layers} layers and {@code heads} heads, layer by layer. */
    static List<Component> components(int layers, int heads) {
        java.util.ArrayList<Component> out = new java.util.ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                out.add(new Component.Head(l, h));
            }
            out.add(new Component.Mlp(l));
        }
        return out;
    }
}
