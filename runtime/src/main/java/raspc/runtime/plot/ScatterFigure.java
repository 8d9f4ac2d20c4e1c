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

    /** The most points that are all labelled. */
    private static final int LABELLED = 60;
    private static final Color MISSING = new Color(0xB0B0B0);

    private ScatterFigure() {}

    /** Points painted by a value each, on the viridis map between the values' extremes. */
    private static final class ByValue extends XYLineAndShapeRenderer {
        private final double[] values;
        private final double low;
        private final double high;

        ByValue(double[] values) {
            super(false, true);
            this.values = values;
            this.low = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(0);
            this.high = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).max().orElse(1);
        }

        @Override
        public java.awt.Paint getItemPaint(int series, int item) {
            double v = values[item];
            return Double.isNaN(v) ? MISSING : ColourMap.VIRIDIS.at(high > low ? (v - low) / (high - low) : 0.5);
        }
    }

    public static void write(Path png, String title, String xLabel, String yLabel, List<String> labels, double[] x,
            double[] y) {
        write(png, title, xLabel, yLabel, labels, x, y, null);
    }

    /**
     * As {@link #write(Path, String, String, String, List, double[], double[])}, each point
     * coloured by its {@code colours} value (viridis from the smallest to the largest; NaN grey;
     * null: one colour). Past {@link #LABELLED} points only every k-th point is labelled, so
     * that a few hundred value tokens stay readable.
     */
    public static void write(Path png, String title, String xLabel, String yLabel, List<String> labels, double[] x,
            double[] y, double[] colours) {
        XYSeries series = new XYSeries("points", false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = colours == null ? new XYLineAndShapeRenderer(false, true)
                : new ByValue(colours);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(14), plot, false);
        PlotTheme.apply(chart); // first: it clears the colours and shapes set before it
        renderer.setSeriesPaint(0, POINT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        int every = Math.max(1, (int) Math.ceil(x.length / (double) LABELLED));
        for (int i = 0; i < x.length; i += every) {
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
