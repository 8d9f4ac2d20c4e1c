package raspc.runtime.compose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.runtime.data.Batch;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.Ablator;
import raspc.runtime.inspect.Component;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.TransformerModel;

/**
 * "Attention selects the function, the MLP executes it", tested by ablation: each head's
 * attention replaced by its batch-mean pattern and each MLP's output by its batch mean (the
 * inspection toolkit's {@link AblationMode#MEAN}), one at a time, and the teacher-forced token
 * accuracy of every generated output (f0 .. the answer) compared with the intact model's.
 */
public final class CompositionAblation {
    /** Documents per forward pass; the mean ablations average over them, so they mix many compositions. */
    private static final int BATCH = 256;

    private CompositionAblation() {}

    /** One component's accuracy per output, with that component ablated. */
    public record Row(String component, double[] accuracy) {}

    /**
     * @param steps the outputs' names
     * @param intact the intact model's accuracy per output
     */
    public record Result(List<String> steps, double[] intact, List<Row> rows, int documents) {
        /** [row][step]: ablated minus intact accuracy. */
        public double[][] changes() {
            double[][] out = new double[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                out[r] = new double[steps.size()];
                for (int s = 0; s < steps.size(); s++) {
                    out[r][s] = rows.get(r).accuracy()[s] - intact[s];
                }
            }
            return out;
        }

        public List<String> components() {
            return rows.stream().map(Row::component).toList();
        }

        public String text() {
            StringBuilder out = new StringBuilder("ablation (heads: batch-mean attention pattern; MLPs: batch-mean output), "
                    + "teacher-forced token accuracy of each output on " + documents + " documents\n");
            out.append(String.format(Locale.ROOT, "%-10s", "component"));
            steps.forEach(s -> out.append(String.format(Locale.ROOT, " %9s", s)));
            out.append('\n').append(String.format(Locale.ROOT, "%-10s", "intact"));
            for (double a : intact) {
                out.append(String.format(Locale.ROOT, " %9s", ReportLines.percent(a)));
            }
            out.append('\n');
            double[][] changes = changes();
            for (int r = 0; r < rows.size(); r++) {
                out.append(String.format(Locale.ROOT, "%-10s", rows.get(r).component()));
                for (double c : changes[r]) {
                    out.append(String.format(Locale.ROOT, " %+8.2f%%", 100 * c));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    /** Ablates every head and MLP on {@code perComposition} evaluation documents of each of {@code compositions}. */
    public static Result measure(TrainedModel trained, CompositionTask task, List<Composition> compositions,
            int perComposition) {
        TransformerModel model = trained.model();
        List<Component> components = Ablator.components(model.config().attentionLayers(), model.config().heads());
        int steps = CompositionSteps.count(task);
        double[] intact = new double[steps];
        double[][] ablated = new double[components.size()][steps];
        int documents = 0;
        for (List<CompositionDocument> docs : CompositionSteps.batches(task, compositions, perComposition, BATCH)) {
            try (NDManager m = trained.manager().newSubManager()) {
                Batch batch = trained.encoder().encode(m, docs.stream().map(d -> CompositionData.shifted(d.ids())).toList(),
                        true);
                add(intact, rightPerStep(task, docs, predictions(model, trained.store(), batch, List.of())));
                for (int c = 0; c < components.size(); c++) {
                    Intervention ablation = Ablator.intervention(components.get(c), AblationMode.MEAN, batch, model,
                            trained.store());
                    add(ablated[c], rightPerStep(task, docs, predictions(model, trained.store(), batch, List.of(ablation))));
                }
            }
            documents += docs.size();
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            rows.add(new Row(components.get(c).label(), divided(ablated[c], documents)));
        }
        return new Result(CompositionSteps.names(task), divided(intact, documents), rows, documents);
    }

    /** The argmax token at every position, [B * T], of a pass with {@code changes} applied. */
    private static long[] predictions(TransformerModel model, ParameterStore store, Batch batch, List<Intervention> changes) {
        NDArray logits = model.run(store, batch.tokens(), batch.lengths(), ForwardHooks.intervening(changes)).logits();
        return logits.argMax(-1).toLongArray();
    }

    /** Summed over the documents: the fraction of each output's tokens predicted right. */
    private static double[] rightPerStep(CompositionTask task, List<CompositionDocument> docs, long[] predicted) {
        int length = docs.get(0).ids().length - 1;
        double[] out = new double[CompositionSteps.count(task)];
        for (int i = 0; i < docs.size(); i++) {
            int[] ids = docs.get(i).ids();
            for (int s = 0; s < out.length; s++) {
                int[] positions = CompositionSteps.predicting(task, docs.get(i), s);
                int right = 0;
                for (int p : positions) {
                    right += predicted[i * length + p] == ids[p + 1] ? 1 : 0;
                }
                out[s] += (double) right / positions.length;
            }
        }
        return out;
    }

    private static void add(double[] sums, double[] more) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += more[i];
        }
    }

    private static double[] divided(double[] sums, int n) {
        double[] out = sums.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= n;
        }
        return out;
    }
}
