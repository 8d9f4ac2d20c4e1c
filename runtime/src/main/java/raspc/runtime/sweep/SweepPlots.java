package raspc.runtime.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.plot.Headless;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;
import raspc.runtime.plot.ReadableAxis;

/**
 * One PNG per metric against n: per group, the mean over converged seeds (line with markers),
 * every converged cell (small dots), and the least-squares line (dashed), with the slope in the
 * legend; non-converged cells are counted in the subtitle rather than plotted. The metric's axis
 * is a {@link ReadableAxis}, so a tiny range still gets a few plain ticks.
 */
public final class SweepPlots {
    /** Metric column, file name and axis label. */
    public record Metric(String column, String file, String label) {}

    public static final List<Metric> METRICS = List.of(
            new Metric("sharpness_x4", "sharpness_vs_n.png", "sharpness x4"),
            new Metric("ln_blowup", "ln_blowup_vs_n.png", "LayerNorm blowup"),
            new Metric("param_norm", "param_norm_vs_n.png", "parameter norm (positions excluded)"));

    /** The step of convergence (the {@code steps_to_converge_vs_n} plot; not one of {@link #METRICS}). */
    public static final Metric STEPS_TO_CONVERGE = new Metric("converged_step", "steps_to_converge_vs_n.png",
            "steps to converge");

    static final Paint[] COLORS = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
        new Color(0xBCBD22), new Color(0x17BECF)};

    private SweepPlots() {}

    static {
        Headless.ensure();
    }

    /** Writes every metric's plot into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, String sweepName, List<SweepRow> rows) {
        return write(dir, sweepName, rows, METRICS);
    }

    /** Writes the plots of {@code metrics} into {@code dir}; returns the files written. */
    static List<Path> write(Path dir, String sweepName, List<SweepRow> rows, List<Metric> metrics) {
        List<Path> out = new ArrayList<>();
        for (Metric m : metrics) {
            if (unmeasured(rows, m)) {
                continue;
            }
            Path file = dir.resolve(m.file());
            JFreeChart chart = chart(sweepName, m, rows);
            AtomicFiles.write(file, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
            out.add(file);
        }
        return out;
    }

    /**
     * Whether cells converged but none has this metric (a scratchpad decoder has no blowup
     * measure): its picture would be empty and say "no converged cells", which is not so.
     */
    static boolean unmeasured(List<SweepRow> rows, Metric metric) {
        return rows.stream().anyMatch(SweepRow::converged)
                && rows.stream().filter(SweepRow::converged).noneMatch(r -> Double.isFinite(r.metric(metric.column())));
    }

    static JFreeChart chart(String sweepName, Metric metric, List<SweepRow> rows) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Style> styles = new ArrayList<>();
        Map<String, List<SweepRow>> groups = new LinkedHashMap<>();
        int failed = 0;
        for (SweepRow r : rows) {
            if (r.converged()) {
                groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            } else {
                failed++;
            }
        }
        Map<String, Slopes> fits = new LinkedHashMap<>();
        for (Slopes s : Slopes.fit(rows, metric.column())) {
            fits.put(s.group(), s);
        }
        int g = 0;
        for (Map.Entry<String, List<SweepRow>> e : groups.entrySet()) {
            Paint color = COLORS[g % COLORS.length];
            Slopes fit = fits.get(e.getKey());
            String label = e.getKey() + (fit == null ? "" : " (slope " + Slopes.number(fit.slope(), true) + ")");
            XYSeries mean = new XYSeries(label);
            XYSeries cells = new XYSeries(e.getKey() + " cells");
            TreeMap<Integer, double[]> byN = new TreeMap<>();
            for (SweepRow r : e.getValue()) {
                double v = r.metric(metric.column());
                if (!Double.isFinite(v)) {
                    continue;
                }
                cells.add(r.n(), v);
                double[] acc = byN.computeIfAbsent(r.n(), k -> new double[2]);
                acc[0] += v;
                acc[1]++;
            }
            byN.forEach((n, acc) -> mean.add((double) n, acc[0] / acc[1]));
            data.addSeries(mean);
            styles.add(new Style(color, Kind.MEAN));
            data.addSeries(cells);
            styles.add(new Style(color, Kind.CELLS));
            if (fit != null && !byN.isEmpty()) {
                XYSeries line = new XYSeries(e.getKey() + " fit");
                line.add((double) byN.firstKey(), fit.intercept() + fit.slope() * byN.firstKey());
                line.add((double) byN.lastKey(), fit.intercept() + fit.slope() * byN.lastKey());
                data.addSeries(line);
                styles.add(new Style(color, Kind.FIT));
            }
            g++;
        }
        NumberAxis x = new NumberAxis("n (input length)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        Range extent = DatasetUtils.findRangeBounds(data, false);
        NumberAxis y = (extent == null ? ReadableAxis.of(Double.NaN, Double.NaN)
                : ReadableAxis.of(extent.getLowerBound(), extent.getUpperBound())).toAxis(metric.label());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no converged cells");
        JFreeChart chart = new JFreeChart(sweepName + ": " + metric.label() + " vs n", PlotFonts.bold(16), plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours and strokes set before it
        for (int i = 0; i < styles.size(); i++) {
            styles.get(i).applyTo(renderer, i);
        }
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle("mean over converged seeds (line), cells (dots), least-squares fit (dashed)"
                + (failed > 0 ? "; " + failed + " non-converged cell" + (failed == 1 ? "" : "s") + " left out" : ""),
                PlotFonts.plain(12)));
        return chart;
    }

    /** What a series of the chart is: a group's means, its cells or its fitted line. */
    enum Kind { MEAN, CELLS, FIT }

    record Style(Paint colour, Kind kind) {
        void applyTo(XYLineAndShapeRenderer renderer, int series) {
            renderer.setSeriesPaint(series, colour);
            switch (kind) {
                case MEAN -> renderer.setSeriesStroke(series, new BasicStroke(2f));
                case CELLS -> {
                    renderer.setSeriesLinesVisible(series, false);
                    renderer.setSeriesShape(series, new Ellipse2D.Double(-2, -2, 4, 4));
                    renderer.setSeriesVisibleInLegend(series, false);
                }
                case FIT -> {
                    renderer.setSeriesShapesVisible(series, false);
                    renderer.setSeriesStroke(series, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                            10f, new float[] {6f, 4f}, 0f));
                    renderer.setSeriesVisibleInLegend(series, false);
                }
            }
        }
    }
}
