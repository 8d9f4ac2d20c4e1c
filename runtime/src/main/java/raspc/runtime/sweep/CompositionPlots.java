package raspc.runtime.sweep;

import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;

/**
 * The composition sweep's plots: accuracy on the unseen compositions against the number of
 * training compositions (log axis), one line per group (prompt format, and model), the mean over
 * seeds with every cell as a dot, so the spread over seeds shows. Cells that did not learn
 * their own training compositions are plotted too, and counted in the subtitle.
 */
final class CompositionPlots {
    record Metric(String column, String file, String label) {}

    static final List<Metric> METRICS = List.of(
            new Metric("unseen_sequence_accuracy", "unseen_sequence_accuracy_vs_train_compositions.png",
                    "unseen compositions: all-6-correct accuracy"),
            new Metric("unseen_token_accuracy", "unseen_token_accuracy_vs_train_compositions.png",
                    "unseen compositions: per-token accuracy"));

    private CompositionPlots() {}

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static List<Path> write(Path dir, String sweepName, List<CompositionRow> rows) {
        List<Path> out = new ArrayList<>();
        for (Metric m : METRICS) {
            Path file = dir.resolve(m.file());
            JFreeChart chart = chart(sweepName, m, rows);
            AtomicFiles.write(file, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
            out.add(file);
        }
        return out;
    }

    static JFreeChart chart(String sweepName, Metric metric, List<CompositionRow> rows) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<SweepPlots.Style> styles = new ArrayList<>();
        Map<String, List<CompositionRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        int g = 0;
        for (Map.Entry<String, List<CompositionRow>> e : groups.entrySet()) {
            Paint colour = SweepPlots.COLORS[g++ % SweepPlots.COLORS.length];
            XYSeries mean = new XYSeries(e.getKey() + " (mean over seeds)");
            XYSeries cells = new XYSeries(e.getKey() + " cells");
            TreeMap<Integer, double[]> byCount = new TreeMap<>();
            for (CompositionRow r : e.getValue()) {
                double v = r.metric(metric.column());
                if (!Double.isFinite(v)) {
                    continue;
                }
                cells.add(r.trainCompositions(), v);
                double[] acc = byCount.computeIfAbsent(r.trainCompositions(), k -> new double[2]);
                acc[0] += v;
                acc[1]++;
            }
            byCount.forEach((n, acc) -> mean.add((double) n, acc[0] / acc[1]));
            data.addSeries(mean);
            styles.add(new SweepPlots.Style(colour, SweepPlots.Kind.MEAN));
            data.addSeries(cells);
            styles.add(new SweepPlots.Style(colour, SweepPlots.Kind.CELLS));
        }
        LogAxis x = new LogAxis("training compositions (of 1024 in order)");
        x.setBase(10);
        x.setSmallestValue(1);
        x.setTickUnit(new NumberTickUnit(0.5));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis y = new NumberAxis(metric.label());
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no finished cells");
        JFreeChart chart = new JFreeChart(sweepName + ": " + metric.label(), PlotFonts.bold(16), plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours and strokes set before it
        for (int i = 0; i < styles.size(); i++) {
            styles.get(i).applyTo(renderer, i);
        }
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        long untrained = rows.stream().filter(r -> !r.trained()).count();
        chart.addSubtitle(new TextTitle("greedy generation, final 6 tokens; mean over seeds (line), cells (dots)"
                + (untrained > 0 ? "; " + untrained + " cell" + (untrained == 1 ? "" : "s")
                        + " did not learn their training compositions (seen token accuracy < "
                        + CompositionRow.TRAINED_TOKEN_ACCURACY + ")" : ""), PlotFonts.plain(12)));
        return chart;
    }
}
