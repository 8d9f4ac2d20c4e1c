package raspc.runtime.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sequence sweep's plots: test accuracy (sequence, and token) against the number of layers,
 * one line per group (the task, with supervision in its name and the varying settings but the
 * shape), each task's planned shape in the legend.
 */
final class ShapePlots {
    static final String SEQUENCE_FILE = "test_sequence_accuracy_vs_layers.png";
    static final String TOKEN_FILE = "test_token_accuracy_vs_layers.png";

    private ShapePlots() {}

    static List<Path> write(Path dir, String sweepName, List<SequenceRow> rows) {
        String plans = rows.stream().map(r -> r.task().replaceAll("_with_attns$", "") + " " + r.plannedLayers() + "x"
                + r.plannedHeads()).distinct().collect(Collectors.joining(", "));
        String subtitle = "mean over cells (line), cells (dots); plans (layers x heads): " + plans;
        Path sequence = dir.resolve(SEQUENCE_FILE);
        MeanLineChart.write(sequence, MeanLineChart.chart(sweepName + ": test sequence accuracy", subtitle, "layers", false,
                "test sequence accuracy", rows.stream().map(r -> new MeanLineChart.Point(label(r), r.layers(),
                        r.testSequenceAccuracy())).toList()));
        Path token = dir.resolve(TOKEN_FILE);
        MeanLineChart.write(token, MeanLineChart.chart(sweepName + ": test token accuracy", subtitle, "layers", false,
                "test token accuracy", rows.stream().map(r -> new MeanLineChart.Point(label(r), r.layers(),
                        r.testTokenAccuracy())).toList()));
        return List.of(sequence, token);
    }

    /** The group, with the heads when they differ from the plan (one line per head count). */
    private static String label(SequenceRow r) {
        return r.group() + (r.heads() == r.plannedHeads() ? "" : ", " + r.heads() + " heads");
    }
}
