package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place where an inference pass of {@link TransformerModel} can be watched and changed:
 * the forward pass hands every component's output through here (residual stream, attention
 * pattern, head contexts, MLP output, layer-norm inputs), and this records what was asked for
 * and applies the {@link Intervention}s. Training passes no hooks, and the forward pass then
 * skips every call, so it costs nothing there. One object serves one forward pass.
 */
public final class ForwardHooks {
    private final Set<Capture> captures;
    private final List<Intervention> interventions;
    private final Map<Integer, NDArray> residuals = new TreeMap<>();
    private final Map<Integer, NDArray> contexts = new TreeMap<>();
    private final Map<Integer, NDArray> mlpOutputs = new TreeMap<>();
    private final List<NDArray> normInputs = new ArrayList<>();

    private ForwardHooks(Set<Capture> captures, List<Intervention> interventions) {
        this.captures = captures;
        this.interventions = interventions;
    }

    /** Hooks that record {@code what} and change nothing. */
    public static ForwardHooks recording(Capture... what) {
        return intervening(List.of(), what);
    }

    /** Hooks that apply {@code changes} (in order, later ones on top) and record {@code what}. */
    public static ForwardHooks intervening(List<? extends Intervention> changes, Capture... what) {
        Set<Capture> captures = EnumSet.noneOf(Capture.class);
        captures.addAll(List.of(what));
        return new ForwardHooks(captures, List.copyOf(changes));
    }

    /** The residual stream at {@code stage} (0 after the embedding, l + 1 after layer l), [B, T, d]. */
    public NDArray residual(int stage) {
        return recorded(residuals, stage, Capture.RESIDUAL);
    }

    /** The context vectors of every head of {@code layer}, [B, H, T, d/H]. */
    public NDArray context(int layer) {
        return recorded(contexts, layer, Capture.CONTEXT);
    }

    /** The feed-forward output of {@code layer}, [B, T, d]. */
    public NDArray mlpOutput(int layer) {
        return recorded(mlpOutputs, layer, Capture.MLP_OUTPUT);
    }

    /** The inputs of the layer norms, in the order the pass met them. */
    public List<NDArray> normInputs() {
        if (!captures.contains(Capture.NORM_INPUT)) {
            throw new IllegalStateException("these hooks did not record " + Capture.NORM_INPUT);
        }
        return List.copyOf(normInputs);
    }

    private NDArray recorded(Map<Integer, NDArray> map, int index, Capture kind) {
        NDArray a = map.get(index);
        if (a == null) {
            throw new IllegalStateException(captures.contains(kind) ? "no " + kind + " at " + index + " in this pass"
                    : "these hooks did not record " + kind);
        }
        return a;
    }

    // ---- called by the forward pass ----

    NDArray onResidual(int stage, NDArray x) {
        for (Intervention i : interventions) {
            if (i instanceof Intervention.SetResidual r && r.stage() == stage) {
                x = r.residual().broadcast(x.getShape());
            }
        }
        record(residuals, Capture.RESIDUAL, stage, x);
        return x;
    }

    /** probabilities [B, H, T, T]; mask broadcastable to it (additive, 0 where a key is visible), null where every key is. */
    NDArray onPattern(int layer, NDArray probabilities, NDArray mask) {
        for (Intervention i : interventions) {
            if (i instanceof Intervention.SetPattern p && p.layer() == layer) {
                probabilities = replaceHead(probabilities, p.head(), p.pattern());
            } else if (i instanceof Intervention.UniformPattern u && u.layer() == layer) {
                NDArray one = probabilities.get(":, {}:{}", u.head(), u.head() + 1);
                // softmax of the mask alone: equal weight on every key the head may see
                NDArray uniform = (mask == null ? one.zerosLike() : mask.broadcast(one.getShape())).softmax(-1);
                probabilities = replaceHead(probabilities, u.head(), uniform);
            }
        }
        return probabilities;
    }

    /** context [B, H, T, d/H]. */
    NDArray onContext(int layer, NDArray context) {
        for (Intervention i : interventions) {
            if (i instanceof Intervention.SetContext c && c.layer() == layer) {
                context = replaceHead(context, c.head(), c.context());
            }
        }
        record(contexts, Capture.CONTEXT, layer, context);
        return context;
    }

    NDArray onMlpOutput(int layer, NDArray output) {
        for (Intervention i : interventions) {
            if (i instanceof Intervention.SetMlpOutput m && m.layer() == layer) {
                output = m.output().broadcast(output.getShape());
            }
        }
        record(mlpOutputs, Capture.MLP_OUTPUT, layer, output);
        return output;
    }

    void onNormInput(NDArray x) {
        if (captures.contains(Capture.NORM_INPUT)) {
            normInputs.add(x);
        }
    }

    private void record(Map<Integer, NDArray> map, Capture kind, int index, NDArray x) {
        if (captures.contains(kind)) {
            map.put(index, x);
        }
    }

    /**
     * {@code all} [B, H, ...] with head {@code head} replaced by {@code one} (with or without the
     * head axis, a leading 1 broadcasting over the batch). Rebuilt by concatenation rather than
     * written in place, so that the arrays a caller recorded earlier keep their values.
     */
    static NDArray replaceHead(NDArray all, int head, NDArray one) {
        long heads = all.getShape().get(1);
        if (head < 0 || head >= heads) {
            throw new IllegalArgumentException("head " + head + " does not exist; the layer has " + heads);
        }
        long[] shape = all.getShape().getShape().clone();
        shape[1] = 1;
        NDArray slot = one.getShape().dimension() == all.getShape().dimension() ? one : one.expandDims(1);
        slot = slot.broadcast(new Shape(shape));
        NDList parts = new NDList();
        if (head > 0) {
            parts.add(all.get(":, :{}", head));
        }
        parts.add(slot);
        if (head + 1 < heads) {
            parts.add(all.get(":, {}:", head + 1));
        }
        return NDArrays.concat(parts, 1);
    }
}
