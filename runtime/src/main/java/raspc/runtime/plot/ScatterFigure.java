package raspc.runtime.plot;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Labelled points on two axes, each point's label beside it: the PCA pictures of
 * {@code raspc embeddings} (tokens by token, positions by position).
 */
public final class ScatterFigure {
    static {
        Headless.ensure();
    }

    private static final Color POINT = new Color(0x1F77B4);

    private ScatterFigure() {}

    public static void write(Path png, String title, String xLabel, String yLabel, List<String> labels, double[] x,
            double[] y) {
        XYSeries series = new XYSeries("points", false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(14), plot, false);
        PlotTheme.apply(chart); // first: it clears the colours and shapes set before it
        renderer.setSeriesPaint(0, POINT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        for (int i = 0; i < x.length; i++) {
            XYTextAnnotation label = new XYTextAnnotation(" " + visible(labels.get(i)), x[i], y[i]);
            label.setFont(PlotFonts.plain(12));
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            label.setPaint(AttentionFigureRenderer.TEXT);
            plot.addAnnotation(label);
        }
        plot.setDomainGridlinePaint(TrainingCurves.GRID);
        plot.setRangeGridlinePaint(TrainingCurves.GRID);
        PngFiles.write(chart.createBufferedImage(720, 600), png);
    }

    /** A blank or control token as its code, so that every point has a readable label. */
    private static String visible(String label) {
        if (label.isBlank() || label.chars().anyMatch(Character::isISOControl)) {
            return label.chars().mapToObj(c -> String.format("U+%04X", c)).reduce((a, b) -> a + " " + b).orElse("''");
        }
        return label;
    }
}
