package raspc.runtime.matrix.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.plot.Canvas;
import raspc.runtime.plot.ColourMap;
import raspc.runtime.plot.Headless;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;

/** The study's pictures: the error curve with the drop marked, the baseline comparison, attention maps. */
final class MatrixPlots {
    private static final Color MASKED = new Color(0xD62728);
    private static final Color OBSERVED = new Color(0x1F77B4);
    private static final Color ALL = new Color(0x7F7F7F);
    private static final Color BASELINE = new Color(0x2CA02C);

    static {
        Headless.ensure();
    }

    private MatrixPlots() {}

    /**
     * Masked, observed and overall MSE against step (log scale), the sharpest round, the end of the
     * plateau ({@code plateauEnd} -1: none) and soft-impute's level marked.
     */
    static void curve(String title, List<LossCurve.Point> points, long dropStep, double dropFraction, long plateauEnd,
            double softImpute, Path png) {
        XYSeries masked = new XYSeries("masked entries");
        XYSeries observed = new XYSeries("observed entries");
        XYSeries all = new XYSeries("all entries (training loss)");
        for (LossCurve.Point p : points) {
            addPositive(masked, p.step(), p.errors().masked());
            addPositive(observed, p.step(), p.errors().observed());
            addPositive(all, p.step(), p.errors().all());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(masked);
        data.addSeries(observed);
        data.addSeries(all);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, new NumberAxis("step"), logAxis("MSE (test matrices)"), renderer);
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(16), plot, true);
        PlotTheme.apply(chart);
        Color[] colours = {MASKED, OBSERVED, ALL};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        ValueMarker drop = new ValueMarker(dropStep, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        drop.setLabel(String.format(java.util.Locale.ROOT, "sharpest round, step %d: %.0f%% of the masked error%s",
                dropStep, 100 * dropFraction, dropFraction > LossCurve.ABRUPT ? " (abrupt drop)" : " (no abrupt drop)"));
        drop.setLabelFont(PlotFonts.plain(12));
        drop.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        drop.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(drop);
        if (plateauEnd >= 0) {
            ValueMarker end = new ValueMarker(plateauEnd, MASKED, new BasicStroke(1.5f));
            end.setLabel("end of the plateau, step " + plateauEnd);
            end.setLabelFont(PlotFonts.plain(12));
            end.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            end.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(end);
        }
        if (softImpute > 0) {
            ValueMarker baseline = new ValueMarker(softImpute, BASELINE, new BasicStroke(1.5f));
            baseline.setLabel("soft-impute, masked entries");
            baseline.setLabelFont(PlotFonts.plain(12));
            baseline.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            baseline.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(baseline);
        }
        write(chart, png);
    }

    /** Masked-entry MSE of the model and of soft-impute against the mask rate. */
    static void rates(String title, List<MatrixStudy.RateRow> rows, Path png) {
        XYSeries model = new XYSeries("transformer");
        XYSeries baseline = new XYSeries("soft-impute (nuclear norm)");
        for (MatrixStudy.RateRow r : rows) {
            addPositive(model, r.maskRate(), r.modelMasked());
            addPositive(baseline, r.maskRate(), r.softImputeMasked());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(model);
        data.addSeries(baseline);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, new NumberAxis("mask rate p"), logAxis("masked-entry MSE"), renderer);
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(15), plot, true);
        PlotTheme.apply(chart);
        renderer.setSeriesPaint(0, MASKED);
        renderer.setSeriesPaint(1, BASELINE);
        write(chart, png);
    }

    /** One heat map per (layer, head): rows are query entries, columns key entries, row-major matrix order. */
    static void attention(String title, float[][][] maps, int t, Path png) {
        int cell = Math.max(3, 196 / t);
        int side = cell * t;
        int gap = 24;
        int layers = maps.length;
        int heads = maps[0].length;
        int width = heads * (side + gap) + gap + 40;
        int height = layers * (side + gap) + 70;
        try (Canvas canvas = Canvas.white(width, height)) {
            drawMaps(canvas.graphics(), title, maps, t, cell, side, gap);
            canvas.writePng(png);
        }
    }

    private static void drawMaps(Graphics2D g, String title, float[][][] maps, int t, int cell, int side, int gap) {
        int layers = maps.length;
        int heads = maps[0].length;
        g.setFont(PlotFonts.bold(14));
        g.drawString(title, gap, 22);
        g.setFont(PlotFonts.plain(11));
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                float[] map = maps[l][h];
                float max = 1e-9f;
                for (float v : map) {
                    max = Math.max(max, v);
                }
                int x0 = 40 + h * (side + gap);
                int y0 = 50 + l * (side + gap);
                for (int q = 0; q < t; q++) {
                    for (int k = 0; k < t; k++) {
                        g.setColor(ColourMap.VIRIDIS.at(map[q * t + k] / max));
                        g.fillRect(x0 + k * cell, y0 + q * cell, cell, cell);
                    }
                }
                g.setColor(Color.BLACK);
                g.drawString("L" + l + " H" + h + " (max " + String.format(java.util.Locale.ROOT, "%.2f", max) + ")", x0,
                        y0 - 4);
            }
        }
    }

    /** A log axis labelled 1.0E-2 rather than 10^-2.00. */
    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.0E0"));
        return axis;
    }

    private static void addPositive(XYSeries series, double x, double y) {
        if (Double.isFinite(y) && y > 0) {
            series.add(x, y);
        }
    }

    private static void write(JFreeChart chart, Path png) {
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, 1000, 560));
    }
}
