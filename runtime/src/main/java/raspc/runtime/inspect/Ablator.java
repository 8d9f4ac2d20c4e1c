package raspc.runtime.inspect;

import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.TransformerModel;

/**
 * {@code raspc ablate}: takes out each head and each MLP in turn (zero, mean or uniform attention)
 * and scores the model on the same samples as the report does, so that each row says how much the
 * model needs that component.
 */
public final class Ablator {
    private Ablator() {}

    /**
     * The intervention that takes {@code component} out of {@code batch}'s forward pass, for an
     * analysis that scores the ablated model its own way (the composition study scores each
     * generated step).
     */
    public static Intervention intervention(Component component, AblationMode mode, Batch batch, TransformerModel model,
            ParameterStore store) {
        return Ablations.of(component, mode, batch, model, store);
    }

    /** Every head and MLP of a model of {@code layers} layers and {@code heads} heads, layer by layer. */
    public static List<Component> components(int layers, int heads) {
        return Ablations.components(layers, heads);
    }

    public static AblationReport ablate(InspectedRun run, List<EncodedSample> samples, List<AblationMode> modes,
            WorkProgress progress) {
        TransformerModel model = run.model().model();
        ParameterStore store = run.model().store();
        AblationReport.Figures baseline = Scoring.of(run, samples, Scoring.intact(run));
        List<Component> components = Ablations.components(model.config().layers(), model.config().heads());
        List<AblationReport.Row> rows = new ArrayList<>();
        progress.begin("ablating " + components.size() + " components", components.size() * modes.size());
        try {
            for (Component c : components) {
                for (AblationMode mode : modes) {
                    if (mode.appliesTo(c)) {
                        AblationReport.Figures m = Scoring.of(run, samples, batch -> model.run(store, batch.tokens(),
                                batch.lengths(), ForwardHooks.intervening(List.of(Ablations.of(c, mode, batch, model, store)))));
                        rows.add(AblationReport.Row.of(c, mode, m, baseline));
                    }
                    progress.advance(1);
                }
            }
        } finally {
            progress.end();
        }
        return new AblationReport(run.taskName(), run.runId(), samples.size(), baseline, rows);
    }
}
