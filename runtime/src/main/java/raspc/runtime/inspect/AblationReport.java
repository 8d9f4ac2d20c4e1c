package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import raspc.runtime.eval.SplitMetrics;

/**
 * What each ablation did to the model on the test samples: the figures with the component taken
 * out and their change from the intact model.
 *
 * @param baseline the intact model's figures on the same samples
 */
public record AblationReport(String task, String runId, int samples, Figures baseline, List<Row> rows)
        implements InspectionReport {

    /**
     * Output loss (no attention-supervision term), accuracy over scored outputs, whole sequences
     * right; for a matrix run (loss: MSE over all entries; accuracy: entries within the objective's
     * tolerance) also the MSE over the masked and over the observed entries (null otherwise); for
     * a composition run (teacher forced: the answer's cross-entropy and token accuracy, whole
     * answers right) also the token accuracy of each output it writes, f0.. or y (null otherwise).
     */
    public record Figures(double loss, double accuracy, double sequenceAccuracy, Double maskedMse, Double observedMse,
            Map<String, Double> stepAccuracy) {
        static Figures of(SplitMetrics m) {
            return new Figures(m.loss(), m.tokenAccuracy(), m.sequenceAccuracy(), null, null, null);
        }

        static Figures of(SplitMetrics m, double maskedMse, double observedMse) {
            return new Figures(m.loss(), m.tokenAccuracy(), m.sequenceAccuracy(), maskedMse, observedMse, null);
        }

        /** A composition run's: loss, token accuracy and whole answers of the answer, and each written output's accuracy. */
        static Figures ofAnswers(double loss, double accuracy, double answersRight, Map<String, Double> stepAccuracy) {
            return new Figures(loss, accuracy, answersRight, null, null, stepAccuracy);
        }

        boolean isMatrix() {
            return maskedMse != null;
        }

        boolean hasSteps() {
            return stepAccuracy != null;
        }
    }

    /**
     * @param maskedMseChange the masked-entry MSE's change (matrix runs; null otherwise)
     * @param maskedErrorShare 1 - intact / ablated masked MSE: the share of the ablated model's
     *     masked error that the component kept away (matrix runs; 0 = not needed, near 1 = needed)
     */
    public record Row(String component, Integer layer, Integer head, String mode, Figures ablated, double lossChange,
            double accuracyChange, Double maskedMseChange, Double maskedErrorShare) {
        static Row of(Component c, AblationMode mode, Figures m, Figures baseline) {
            Integer layer = switch (c) {
                case Component.Head h -> h.layer();
                case Component.Mlp mlp -> mlp.layer();
                case Component.Residual r -> null;
            };
            Integer head = c instanceof Component.Head h ? h.head() : null;
            return new Row(c.label(), layer, head, mode.label(), m, m.loss() - baseline.loss(),
                    m.accuracy() - baseline.accuracy(), m.isMatrix() ? m.maskedMse() - baseline.maskedMse() : null,
                    m.isMatrix() ? 1 - baseline.maskedMse() / m.maskedMse() : null);
        }
    }

    /**
     * Components down, ablations across: the accuracy change (matrix runs: the masked error's
     * share; composition runs: each written output's accuracy change, per ablation).
     */
    @Override
    public List<Heatmap> heatmaps() {
        List<String> components = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Row r : rows) {
            if (!components.contains(r.component())) {
                components.add(r.component());
            }
            for (String column : columns(r)) {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
        }
        double[][] values = new double[components.size()][columns.size()];
        for (double[] v : values) {
            java.util.Arrays.fill(v, Double.NaN); // an MLP has no uniform ablation
        }
        for (Row r : rows) {
            List<String> mine = columns(r);
            List<Double> changes = changes(r);
            for (int k = 0; k < mine.size(); k++) {
                values[components.indexOf(r.component())][columns.indexOf(mine.get(k))] = changes.get(k);
            }
        }
        String what = baseline.isMatrix() ? "1 - intact / ablated masked MSE"
                : baseline.hasSteps() ? "accuracy change of each output" : "accuracy change";
        return List.of(new Heatmap("ablation", "ablation of " + task + " (run " + runId + "): " + what, components,
                columns, values, true));
    }

    /** A row's heatmap columns: its ablation, or its ablation and each output (composition runs). */
    private List<String> columns(Row r) {
        if (!baseline.hasSteps()) {
            return List.of(r.mode());
        }
        return baseline.stepAccuracy().keySet().stream().map(step -> r.mode() + " " + step).toList();
    }

    private List<Double> changes(Row r) {
        if (baseline.isMatrix()) {
            return List.of(r.maskedErrorShare());
        }
        if (!baseline.hasSteps()) {
            return List.of(r.accuracyChange());
        }
        return baseline.stepAccuracy().entrySet().stream()
                .map(e -> r.ablated().stepAccuracy().get(e.getKey()) - e.getValue()).toList();
    }

    /** A table, one row per ablation, with a bar for the accuracy lost. */
    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "ablation of %s (run %s), %d %s%n", task, runId, samples,
                baseline.hasSteps() ? "evaluation documents" : "test samples"));
        if (baseline.isMatrix()) {
            return matrixText(s);
        }
        if (baseline.hasSteps()) {
            return stepsText(s);
        }
        s.append(String.format(Locale.ROOT, "intact model: loss %.4f  accuracy %.2f%%  sequences %.2f%%%n%n",
                baseline.loss(), 100 * baseline.accuracy(), 100 * baseline.sequenceAccuracy()));
        s.append(String.format(Locale.ROOT, "%-10s %-8s %10s %10s %9s %9s %9s  %s%n", "component", "ablation", "loss",
                "Δloss", "accuracy", "Δacc", "seq", "accuracy lost"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-10s %-8s %10.4f %+10.4f %8.2f%% %+8.2f%% %8.2f%%  %s%n", r.component(),
                    r.mode(), r.ablated().loss(), r.lossChange(), 100 * r.ablated().accuracy(), 100 * r.accuracyChange(),
                    100 * r.ablated().sequenceAccuracy(), TextBars.bar(-r.accuracyChange(), 1.0, 30)));
        }
        return s.toString();
    }

    /** A matrix run's table: masked- and observed-entry MSE, with a bar for the masked error's share. */
    private String matrixText(StringBuilder s) {
        s.append(String.format(Locale.ROOT, "intact model: masked MSE %.4g  observed MSE %.4g  all entries %.4g%n%n",
                baseline.maskedMse(), baseline.observedMse(), baseline.loss()));
        s.append(String.format(Locale.ROOT, "%-10s %-8s %11s %11s %11s  %s%n", "component", "ablation", "masked MSE",
                "Δmasked", "observed", "1 - intact/ablated (masked)"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-10s %-8s %11.4g %+11.4g %11.4g  %5.2f %s%n", r.component(), r.mode(),
                    r.ablated().maskedMse(), r.maskedMseChange(), r.ablated().observedMse(),
                    r.maskedErrorShare(), TextBars.bar(r.maskedErrorShare(), 1.0, 30)));
        }
        return s.toString();
    }

    /**
     * A composition run's table: the answer's loss and accuracy, teacher forced, and the change of
     * each written output's token accuracy (attention selects the function, the MLP executes it).
     */
    private String stepsText(StringBuilder s) {
        s.append(String.format(Locale.ROOT, "teacher-forced on the answer: loss %.4f  accuracy %.2f%%  answers right %.2f%%%n",
                baseline.loss(), 100 * baseline.accuracy(), 100 * baseline.sequenceAccuracy()));
        s.append("token accuracy of each written output, intact and its change when ablated\n\n");
        s.append(String.format(Locale.ROOT, "%-10s %-8s %10s %10s", "component", "ablation", "loss", "Δloss"));
        baseline.stepAccuracy().keySet().forEach(step -> s.append(String.format(Locale.ROOT, " %9s", step)));
        s.append(String.format(Locale.ROOT, "  %s%n", "answer accuracy lost"));
        s.append(String.format(Locale.ROOT, "%-10s %-8s %10.4f %10s", "intact", "", baseline.loss(), ""));
        baseline.stepAccuracy().values().forEach(a -> s.append(String.format(Locale.ROOT, " %8.2f%%", 100 * a)));
        s.append('\n');
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-10s %-8s %10.4f %+10.4f", r.component(), r.mode(), r.ablated().loss(),
                    r.lossChange()));
            changes(r).forEach(c -> s.append(String.format(Locale.ROOT, " %+8.2f%%", 100 * c)));
            s.append(String.format(Locale.ROOT, "  %s%n", TextBars.bar(-r.accuracyChange(), 1.0, 30)));
        }
        return s.toString();
    }
}
