package raspc.runtime.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.plot.Headless;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;

/**
 * An accuracy (0..1) against a grid value, one line per group: the mean over the group's cells
 * at each x, with every cell as a dot of the same colour so that the spread over seeds shows
 * (the Boolean plots' styles).
 */
final class MeanLineChart {
    /** One cell's value. */
    record Point(String group, double x, double y) {}

    /**
     * How a group's line is drawn: groups with the same colour key share a colour, and a dashed
     * line sets one of them apart (a variant of the same task, such as a supervised run).
     */
    record Look(String colourKey, boolean dashed) {
        static Look of(String group) {
            return new Look(group, false);
        }
    }

    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);

    private MeanLineChart() {}

    static {
        Headless.ensure();
    }

    static void write(Path file, JFreeChart chart) {
        AtomicFiles.write(file, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
    }

    static JFreeChart chart(String title, String subtitle, String xLabel, boolean logX, String yLabel, List<Point> points) {
        return chart(title, subtitle, xLabel, logX, yLabel, points, Look::of);
    }

    /** The chart with each group drawn as {@code looks} says. */
    static JFreeChart chart(String title, String subtitle, String xLabel, boolean logX, String yLabel, List<Point> points,
            Function<String, Look> looks) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<SweepPlots.Style> styles = new ArrayList<>();
        List<Integer> dashed = new ArrayList<>();
        Map<String, Paint> colours = new LinkedHashMap<>();
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        points.stream().filter(p -> Double.isFinite(p.y()))
                .forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        for (Map.Entry<String, List<Point>> e : groups.entrySet()) {
            Look look = looks.apply(e.getKey());
            Paint colour = colours.computeIfAbsent(look.colourKey(),
                    k -> SweepPlots.COLORS[colours.size() % SweepPlots.COLORS.length]);
            if (look.dashed()) {
                dashed.add(styles.size());
            }
            XYSeries mean = new XYSeries(e.getKey());
            XYSeries cells = new XYSeries(e.getKey() + " cells");
            TreeMap<Double, double[]> byX = new TreeMap<>();
            for (Point p : e.getValue()) {
                cells.add(p.x(), p.y());
                double[] acc = byX.computeIfAbsent(p.x(), k -> new double[2]);
                acc[0] += p.y();
                acc[1]++;
            }
            byX.forEach((x, acc) -> mean.add((double) x, acc[0] / acc[1]));
            data.addSeries(mean);
            styles.add(new SweepPlots.Style(colour, SweepPlots.Kind.MEAN));
            data.addSeries(cells);
            styles.add(new SweepPlots.Style(colour, SweepPlots.Kind.CELLS));
        }
        ValueAxis x;
        if (logX) {
            // ticks at 1..9 x 10^k, so a range such as 2..100 gets plain numbers
            LogarithmicAxis log = new LogarithmicAxis(xLabel);
            log.setStrictValuesFlag(false);
            log.setAutoRangeNextLogFlag(false);
            log.setLog10TickLabelsFlag(false);
            log.setExpTickLabelsFlag(false);
            x = log;
        } else {
            NumberAxis linear = new NumberAxis(xLabel);
            linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            linear.setAutoRangeIncludesZero(false);
            x = linear;
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no finished cells");
        JFreeChart chart = new JFreeChart(title, PlotFonts.bold(16), plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours and strokes set before it
        for (int i = 0; i < styles.size(); i++) {
            styles.get(i).applyTo(renderer, i);
        }
        dashed.forEach(series -> renderer.setSeriesStroke(series, DASHED));
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle(subtitle, PlotFonts.plain(12)));
        return chart;
    }
}
