package raspc.runtime.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code curves.png}: loss and accuracy per epoch, train and validation, as JFreeChart line
 * charts side by side under one title, plus the train attention loss for runs that supervise
 * attention. Missing values (NaN) leave gaps; on a log scale,
 * non-positive losses are missing too since they have no logarithm.
 */
public final class TrainingCurves {
    static {
        Headless.ensure();
    }

    public static final Color TRAIN = new Color(0x1F77B4);
    public static final Color VALID = new Color(0xFF7F0E);
    public static final Color ATTENTION = new Color(0x2CA02C);
    public static final Color GENERATED_SEEN = new Color(0x9467BD);
    public static final Color GENERATED_UNSEEN = new Color(0xD62728);
    static final int TITLE_BAND = 40;
    static final Color GRID = new Color(0xDDDDDD);

    /** How the loss axis is scaled; AUTO picks LOG when losses span more than a factor of 20. */
    public enum LossScale { LINEAR, LOG, AUTO }

    public record Options(int width, int height, LossScale lossScale) {
        public static final Options DEFAULT = new Options(1200, 520, LossScale.AUTO);

        public Options {
            if (width < 400 || height < 240) {
                throw new IllegalArgumentException("curves picture too small: " + width + "x" + height
                        + " (at least 400x240)");
            }
        }
    }

    private TrainingCurves() {
    }

    public static void write(String title, List<CurvePoint> epochs, Path png) throws IOException {
        write(title, epochs, png, Options.DEFAULT);
    }

    public static void write(String title, List<CurvePoint> epochs, Path png, Options options) throws IOException {
        PngFiles.write(render(title, epochs, options), png);
    }

    public static BufferedImage render(String title, List<CurvePoint> epochs, Options options) {
        List<JFreeChart> charts = charts(epochs, options.lossScale());
        try (Canvas canvas = Canvas.white(options.width(), options.height())) {
            Graphics2D g = canvas.graphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font font = PlotFonts.bold(16);
            FontMetrics m = g.getFontMetrics(font);
            g.setFont(font);
            g.setColor(AttentionFigureRenderer.TEXT);
            g.drawString(title, Math.max(8, (options.width() - m.stringWidth(title)) / 2),
                    (TITLE_BAND + m.getAscent() - m.getDescent()) / 2);
            int h = options.height() - TITLE_BAND;
            for (int i = 0; i < charts.size(); i++) {
                int left = options.width() * i / charts.size();
                int right = options.width() * (i + 1) / charts.size();
                charts.get(i).draw(g, new Rectangle2D.Double(left, TITLE_BAND, right - left, h));
            }
            return canvas.image();
        }
    }

    /**
     * The panels, left to right: loss, accuracy and, when any epoch has one, the attention loss
     * (train only: validation measures the total loss), each with its own axis so the small
     * attention MSE is not flattened at the bottom of the loss panel.
     */
    public static List<JFreeChart> charts(List<CurvePoint> epochs, LossScale scale) {
        List<Line> losses = LOSSES;
        boolean supervised = epochs.stream().anyMatch(e -> Double.isFinite(e.trainAttentionLoss()));
        boolean log = useLog(epochs, losses, scale);
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(chart(supervised ? "loss (task + attention term)" : "loss", epochs, losses, log,
                lossAxis("loss", log, decades(epochs, losses))));
        List<Line> accuracies = new ArrayList<>(List.of(new Line("train accuracy", CurvePoint::trainAccuracy, TRAIN),
                new Line("valid accuracy", CurvePoint::validAccuracy, VALID)));
        if (epochs.stream().anyMatch(e -> Double.isFinite(e.generatedSeen()) || Double.isFinite(e.generatedUnseen()))) {
            accuracies.add(new Line("generated, seen (all answer tokens)", CurvePoint::generatedSeen, GENERATED_SEEN));
            accuracies.add(new Line("generated, unseen", CurvePoint::generatedUnseen, GENERATED_UNSEEN));
        }
        charts.add(chart("accuracy", epochs, accuracies, false, accuracyAxis()));
        if (supervised) {
            List<Line> attention = List.of(new Line("train attention loss", CurvePoint::trainAttentionLoss, ATTENTION));
            boolean attentionLog = useLog(epochs, attention, scale);
            charts.add(chart("attention loss", epochs, attention, attentionLog,
                    lossAxis("attention MSE", attentionLog, decades(epochs, attention))));
        }
        return charts;
    }

    /** One line of a panel: its legend name, the value it plots and its colour. */
    record Line(String name, ToDoubleFunction<CurvePoint> value, Color colour) {
    }

    private static final List<Line> LOSSES = List.of(new Line("train loss", CurvePoint::trainLoss, TRAIN),
            new Line("valid loss", CurvePoint::validLoss, VALID));

    static boolean useLog(List<CurvePoint> epochs, LossScale scale) {
        return useLog(epochs, LOSSES, scale);
    }

    private static boolean useLog(List<CurvePoint> epochs, List<Line> lines, LossScale scale) {
        if (scale != LossScale.AUTO) {
            return scale == LossScale.LOG;
        }
        return decades(epochs, lines) > Math.log10(20);
    }

    /** How many powers of ten the lines' positive finite values span (0 when there are none). */
    static double decades(List<CurvePoint> epochs, List<Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CurvePoint e : epochs) {
            for (Line line : lines) {
                double v = line.value().applyAsDouble(e);
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > 0 ? Math.log10(hi / lo) : 0;
    }

    private static JFreeChart chart(String what, List<CurvePoint> epochs, List<Line> lines, boolean log,
                                    ValueAxis rangeAxis) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            data.addSeries(series(line.name(), epochs, line.value(), log));
        }

        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setAutoRangeIncludesZero(false);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, epochs.size() <= 40);
        XYPlot plot = new XYPlot(data, epochAxis, rangeAxis, renderer);
        plot.setNoDataMessage("no epochs recorded yet");

        JFreeChart chart = new JFreeChart(what, PlotFonts.bold(14), plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours, strokes and fonts set before it
        for (int s = 0; s < lines.size(); s++) {
            renderer.setSeriesPaint(s, lines.get(s).colour());
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(AttentionFigureRenderer.FRAME);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    private static XYSeries series(String name, List<CurvePoint> epochs, ToDoubleFunction<CurvePoint> value,
                                   boolean log) {
        XYSeries s = new XYSeries(name, true, false);
        for (CurvePoint e : epochs) {
            double v = value.applyAsDouble(e);
            boolean missing = !Double.isFinite(v) || (log && v <= 0);
            s.addOrUpdate((Number) e.epoch(), missing ? null : v); // null leaves a gap in the line
        }
        return s;
    }

    /** A loss axis as curves.png draws it; other loss pictures of the package use it too. */
    static ValueAxis lossAxis(String label, boolean log, double decades) {
        if (log) {
            LogAxis axis = new LogAxis(label + " (log scale)");
            axis.setSmallestValue(1e-9);
            // plain numbers ("0.01") read better than JFreeChart's "10^-2.2"; over a decade or
            // more, label whole powers of ten and mark 2x..9x with minor ticks
            axis.setNumberFormatOverride(new DecimalFormat("0.######"));
            if (decades >= 1) {
                axis.setTickUnit(new NumberTickUnit(1.0, new DecimalFormat("0"), 9));
                axis.setMinorTickMarksVisible(true);
            }
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static ValueAxis accuracyAxis() {
        NumberAxis axis = new NumberAxis("accuracy");
        // a little headroom so a line at exactly 1.0 is not cut in half by the plot edge
        axis.setRange(0.0, 1.01);
        axis.setTickUnit(new NumberTickUnit(0.1, new DecimalFormat("0.0")));
        return axis;
    }
}
