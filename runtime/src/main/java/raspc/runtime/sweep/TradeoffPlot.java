package raspc.runtime.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;
import raspc.runtime.plot.ReadableAxis;

/**
 * The trade-off experiment's picture: every cell's LayerNorm blowup against its parameter norm,
 * one colour per n; converged cells as dots, the others as crosses (they are part of what was
 * measured, and the paper's claim is about trained models, so they are marked, not dropped).
 * Blowups spread over orders of magnitude get a logarithmic axis.
 */
public final class TradeoffPlot {
    public static final String FILE = "ln_blowup_vs_param_norm.png";
    /** Beyond this ratio of largest to smallest blowup the axis is logarithmic. */
    static final double LOG_RATIO = 20;

    private static final Color[] COLORS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B)};

    private TradeoffPlot() {}

    static Path write(Path dir, String sweepName, List<SweepRow> rows) {
        Path file = dir.resolve(FILE);
        JFreeChart chart = chart(sweepName, rows);
        AtomicFiles.write(file, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
        return file;
    }

    static JFreeChart chart(String sweepName, List<SweepRow> rows) {
        TreeMap<Integer, XYSeries[]> byN = new TreeMap<>();
        int notConverged = 0;
        for (SweepRow r : rows) {
            if (!Double.isFinite(r.lnBlowup()) || !Double.isFinite(r.paramNorm()) || r.lnBlowup() <= 0) {
                continue;
            }
            XYSeries[] pair = byN.computeIfAbsent(r.n(), n -> new XYSeries[] {new XYSeries("n = " + n),
                new XYSeries("n = " + n + " (not converged)")});
            pair[r.converged() ? 0 : 1].add(r.paramNorm(), r.lnBlowup());
            notConverged += r.converged() ? 0 : 1;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries[] pair : byN.values()) {
            data.addSeries(pair[0]);
            data.addSeries(pair[1]);
        }
        ValueAxis x = axis(rows, SweepRow::paramNorm, "parameter norm (positions excluded)", false);
        ValueAxis y = axis(rows, SweepRow::lnBlowup, "LayerNorm blowup", true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no finished cells");
        JFreeChart chart = new JFreeChart(sweepName + ": LayerNorm blowup vs parameter norm", PlotFonts.bold(16), plot,
                true);
        PlotTheme.apply(chart); // first: the theme clears series colours and shapes set before it
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = COLORS[(i / 2) % COLORS.length];
            renderer.setSeriesPaint(i, c);
            if (i % 2 == 0) {
                renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            } else {
                renderer.setSeriesShape(i, cross());
                renderer.setSeriesShapesFilled(i, false); // a cross is drawn, not filled
                renderer.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
                renderer.setSeriesVisibleInLegend(i, data.getSeries(i).getItemCount() > 0);
            }
        }
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle("one point per run (random lr and weight decay); crosses: "
                + notConverged + " run" + (notConverged == 1 ? "" : "s") + " that did not converge", PlotFonts.plain(12)));
        return chart;
    }

    private static ValueAxis axis(List<SweepRow> rows, ToDoubleFunction<SweepRow> metric, String label, boolean mayLog) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SweepRow r : rows) {
            double v = metric.applyAsDouble(r);
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (mayLog && lo > 0 && hi / lo > LOG_RATIO) {
            LogAxis log = new LogAxis(label + " (log scale)");
            log.setRange(lo / 1.3, hi * 1.3);
            return log;
        }
        return (lo <= hi ? ReadableAxis.of(lo, hi) : ReadableAxis.of(Double.NaN, Double.NaN)).toAxis(label);
    }

    /** The marker of a run that did not converge. */
    static java.awt.Shape cross() {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.append(new Line2D.Double(-4, -4, 4, 4), false);
        p.append(new Line2D.Double(-4, 4, 4, -4), false);
        return p;
    }
}
