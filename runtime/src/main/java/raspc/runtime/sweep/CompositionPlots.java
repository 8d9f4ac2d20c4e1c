package raspc.runtime.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The composition sweep's plots: accuracy on the unseen compositions against the number of
 * training compositions (log axis), one line per group (prompt format, and model), the mean over
 * seeds with every cell as a dot. Cells that did not learn their own training compositions are
 * plotted too, and counted in the subtitle.
 */
final class CompositionPlots {
    record Metric(String column, String file, String label) {}

    static final List<Metric> METRICS = List.of(
            new Metric("unseen_sequence_accuracy", "unseen_sequence_accuracy_vs_train_compositions.png",
                    "unseen compositions: all-6-correct accuracy"),
            new Metric("unseen_token_accuracy", "unseen_token_accuracy_vs_train_compositions.png",
                    "unseen compositions: per-token accuracy"));

    private CompositionPlots() {}

    static List<Path> write(Path dir, String sweepName, List<CompositionRow> rows) {
        List<Path> out = new ArrayList<>();
        for (Metric m : METRICS) {
            Path file = dir.resolve(m.file());
            MeanLineChart.write(file, chart(sweepName, m, rows));
            out.add(file);
        }
        return out;
    }

    static JFreeChart chart(String sweepName, Metric metric, List<CompositionRow> rows) {
        List<MeanLineChart.Point> points = rows.stream()
                .map(r -> new MeanLineChart.Point(r.group(), r.trainCompositions(), r.metric(metric.column()))).toList();
        long untrained = rows.stream().filter(r -> !r.trained()).count();
        String subtitle = "greedy generation, final 6 tokens; mean over seeds (line), cells (dots)"
                + (untrained > 0 ? "; " + untrained + " cell" + (untrained == 1 ? "" : "s")
                        + " did not learn their training compositions (seen token accuracy < "
                        + CompositionRow.TRAINED_TOKEN_ACCURACY + ")" : "");
        return MeanLineChart.chart(sweepName + ": " + metric.label(), subtitle, "training compositions (of 1024 in order)",
                true, metric.label(), points);
    }
}
