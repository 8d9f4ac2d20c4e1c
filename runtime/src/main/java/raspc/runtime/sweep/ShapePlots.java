package raspc.runtime.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sequence sweep's plots: test accuracy (sequence, and token) against the number of layers,
 * one line per group (the task, with supervision in its name and the varying settings but the
 * shape). Each line's point at the program's planned shape is ringed (legend: "planned shape"),
 * since the experiment asks whether that shape trains and the ones below it fall short; a
 * supervised task shares its task's colour with a dashed line, so the two read as a pair.
 */
final class ShapePlots {
    static final String SEQUENCE_FILE = "test_sequence_accuracy_vs_layers.png";
    static final String TOKEN_FILE = "test_token_accuracy_vs_layers.png";
    static final String PLANNED = "planned shape";

    /** A plotted accuracy: its file, axis label and the row's value. */
    record Metric(String file, String label, ToDoubleFunction<SequenceRow> value) {}

    static final List<Metric> METRICS = List.of(
            new Metric(SEQUENCE_FILE, "test sequence accuracy", SequenceRow::testSequenceAccuracy),
            new Metric(TOKEN_FILE, "test token accuracy", SequenceRow::testTokenAccuracy));

    private static final String SUPERVISED_SUFFIX = "_with_attns";

    private ShapePlots() {}

    static List<Path> write(Path dir, String sweepName, List<SequenceRow> rows) {
        List<Path> files = new ArrayList<>();
        for (Metric m : METRICS) {
            Path file = dir.resolve(m.file());
            MeanLineChart.write(file, chart(sweepName, m, rows));
            files.add(file);
        }
        return files;
    }

    static JFreeChart chart(String sweepName, Metric metric, List<SequenceRow> rows) {
        String plans = rows.stream().map(r -> task(r) + " " + r.plannedLayers() + "x" + r.plannedHeads()).distinct()
                .collect(Collectors.joining(", "));
        String subtitle = "mean over cells (line), cells (dots), ringed: the planned shape, dashed: attention-supervised;"
                + " plans (layers x heads): " + plans;
        Map<String, MeanLineChart.Look> looks = new LinkedHashMap<>();
        // a line at other heads than the plan's is a different model: its own colour
        rows.forEach(r -> looks.putIfAbsent(label(r), new MeanLineChart.Look(
                r.heads() == r.plannedHeads() ? task(r) : label(r), r.supervisedHeads() > 0)));
        JFreeChart chart = MeanLineChart.chart(sweepName + ": " + metric.label(), subtitle, "layers", false, metric.label(),
                rows.stream().map(r -> new MeanLineChart.Point(label(r), r.layers(), metric.value().applyAsDouble(r)))
                        .toList(), looks::get);
        markPlanned(chart.getXYPlot(), planned(rows, metric.value()));
        return chart;
    }

    /**
     * Each line's mean at its task's planned shape (layers and heads), the points the rings mark;
     * a line at other heads than the plan's has none.
     */
    static List<MeanLineChart.Point> planned(List<SequenceRow> rows, ToDoubleFunction<SequenceRow> value) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> layers = new LinkedHashMap<>();
        for (SequenceRow r : rows) {
            double v = value.applyAsDouble(r);
            if (r.layers() == r.plannedLayers() && r.heads() == r.plannedHeads() && Double.isFinite(v)) {
                double[] acc = sums.computeIfAbsent(label(r), k -> new double[2]);
                acc[0] += v;
                acc[1]++;
                layers.put(label(r), r.layers());
            }
        }
        return sums.entrySet().stream().map(e -> new MeanLineChart.Point(e.getKey(), layers.get(e.getKey()),
                e.getValue()[0] / e.getValue()[1])).toList();
    }

    /** The rings: a second dataset drawn over the lines, one legend entry for all of them. */
    private static void markPlanned(XYPlot plot, List<MeanLineChart.Point> points) {
        XYSeries rings = new XYSeries(PLANNED, false, true);
        points.forEach(p -> rings.add(p.x(), p.y()));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesShapesFilled(0, false);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setUseOutlinePaint(false);
        plot.setDataset(1, new XYSeriesCollection(rings));
        plot.setRenderer(1, renderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    private static String task(SequenceRow r) {
        return r.task().endsWith(SUPERVISED_SUFFIX) ? r.task().substring(0, r.task().length() - SUPERVISED_SUFFIX.length())
                : r.task();
    }

    /** The group, with the heads when they differ from the plan (one line per head count). */
    private static String label(SequenceRow r) {
        return r.group() + (r.heads() == r.plannedHeads() ? "" : ", " + r.heads() + " heads");
    }
}
