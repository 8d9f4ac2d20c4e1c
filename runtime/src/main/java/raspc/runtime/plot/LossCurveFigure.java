package raspc.runtime.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One loss curve against optimizer steps with its plateaus (shaded blue) and drops (shaded red)
 * marked and labelled: the picture of {@code raspc dynamics}. The loss axis is logarithmic when
 * the losses span more than a factor of 20, as in {@code curves.png}.
 */
public final class LossCurveFigure {
    static {
        Headless.ensure();
    }

    private static final Color PLATEAU = new Color(0x1F77B4);
    private static final Color DROP = new Color(0xD62728);

    private LossCurveFigure() {}

    public static void write(Path png, String title, long[] steps, double[] losses, List<CurveSpan> spans) {
        PngFiles.write(render(title, steps, losses, spans, 1000, 520), png);
    }

    static BufferedImage render(String title, long[] steps, double[] losses, List<CurveSpan> spans, int width,
            int height) {
        double lo = Arrays.stream(losses).filter(v -> v > 0).min().orElse(1);
        double hi = Arrays.stream(losses).filter(v -> v > 0).max().orElse(1);
        boolean log = hi / lo > 20;
        XYSeries series = new XYSeries("train loss", true, false);
        for (int i = 0; i < steps.length; i++) {
            series.addOrUpdate((Number) steps[i], log && losses[i] <= 0 ? null : losses[i]);
        }
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setAutoRangeIncludesZero(false);
        ValueAxis lossAxis = log ? logAxis() : new NumberAxis("loss");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, steps.length <= 60);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), stepAxis, lossAxis, renderer);
        plot.setNoDataMessage("no training loss recorded");
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(14), plot, false);
        PlotTheme.apply(chart); // first: it clears the colours and strokes set before it
        renderer.setSeriesPaint(0, TrainingCurves.TRAIN.darker());
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        for (CurveSpan span : spans) {
            Color colour = span.kind() == CurveSpan.Kind.PLATEAU ? PLATEAU : DROP;
            IntervalMarker marker = new IntervalMarker(span.from(), Math.max(span.to(), span.from() + 1e-9),
                    new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40));
            marker.setOutlinePaint(colour);
            marker.setLabel(span.label());
            marker.setLabelFont(PlotFonts.plain(11));
            marker.setLabelPaint(colour.darker());
            marker.setLabelAnchor(span.kind() == CurveSpan.Kind.PLATEAU ? RectangleAnchor.TOP_LEFT
                    : RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(span.kind() == CurveSpan.Kind.PLATEAU ? TextAnchor.TOP_LEFT
                    : TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        plot.setDomainGridlinePaint(TrainingCurves.GRID);
        plot.setRangeGridlinePaint(TrainingCurves.GRID);
        return chart.createBufferedImage(width, height);
    }

    /** Plain numbers ("0.01") rather than JFreeChart's "10^-2.2", as curves.png labels its log axis. */
    private static LogAxis logAxis() {
        LogAxis axis = new LogAxis("loss (log scale)");
        axis.setSmallestValue(1e-12);
        axis.setNumberFormatOverride(new DecimalFormat("0.######"));
        return axis;
    }
}
