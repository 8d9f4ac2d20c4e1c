package raspc.runtime.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.analysis.TrainingDynamics.Point;
import raspc.runtime.analysis.TrainingDynamics.RunDynamics;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;
import raspc.runtime.plot.ReadableAxis;
import raspc.runtime.run.Json;

/**
 * The dynamics experiment's outputs: dynamics.csv and dynamics.jsonl (a row per run and
 * snapshot) and one PNG per metric over the aligned steps, a line per aligned run, with the
 * alignment step (0) marked. Runs that never reach the alignment loss are in the tables and
 * named in the plots' subtitle, not drawn (they have no step to align at).
 */
public final class DynamicsPlots {
    public static final String CSV = "dynamics.csv";
    public static final String JSONL = "dynamics.jsonl";

    /** Metric column, file and axis label; the loss gets a logarithmic axis. */
    public record Metric(String column, String file, String label) {}

    public static final List<Metric> METRICS = List.of(
            new Metric("loss", "dynamics_loss.png", "loss (MSE)"),
            new Metric("sharpness_x4", "dynamics_sharpness.png", "sharpness x4"),
            new Metric("ln_blowup", "dynamics_ln_blowup.png", "LayerNorm blowup"),
            new Metric("param_norm", "dynamics_param_norm.png", "parameter norm (positions excluded)"));

    private static final Color[] COLORS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B)};

    private DynamicsPlots() {}

    /** Writes the tables and plots into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, List<RunDynamics> runs) {
        List<Path> out = new ArrayList<>();
        StringBuilder csv = new StringBuilder("run,task,seed,align_step,step,aligned_step,loss,sharpness,sharpness_se,"
                + "sharpness_x4,ln_blowup,param_norm\n");
        StringBuilder jsonl = new StringBuilder();
        for (RunDynamics r : runs) {
            jsonl.append(Json.line(r)).append('\n');
            for (Point p : r.points()) {
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g%n", r.run(), r.task(),
                        r.seed(), r.alignStep(), p.step(), p.alignedStep(), p.loss(), p.sharpness(), p.sharpnessSe(),
                        p.sharpnessX4(), p.lnBlowup(), p.paramNorm()));
            }
        }
        AtomicFiles.writeString(dir.resolve(CSV), csv.toString());
        AtomicFiles.writeString(dir.resolve(JSONL), jsonl.toString());
        out.add(dir.resolve(CSV));
        out.add(dir.resolve(JSONL));
        for (Metric m : METRICS) {
            JFreeChart chart = chart(m, runs);
            Path file = dir.resolve(m.file());
            AtomicFiles.write(file, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
            out.add(file);
        }
        return out;
    }

    static JFreeChart chart(Metric metric, List<RunDynamics> runs) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> unaligned = new ArrayList<>();
        double alignLoss = runs.isEmpty() ? TrainingDynamics.DEFAULT_ALIGN_LOSS : runs.get(0).alignLoss();
        for (RunDynamics r : runs) {
            if (!r.aligned()) {
                unaligned.add(r.run());
                continue;
            }
            XYSeries s = new XYSeries(r.task() + " seed " + r.seed() + " (loss < " + alignLoss + " at step "
                    + r.alignStep() + ")");
            for (Point p : r.points()) {
                double v = p.metric(metric.column());
                if (Double.isFinite(v) && (!metric.column().equals("loss") || v > 0)) {
                    s.add(p.alignedStep(), v);
                }
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("steps since the loss first fell below " + alignLoss);
        x.setAutoRangeIncludesZero(false);
        Range extent = DatasetUtils.findRangeBounds(data, false);
        ValueAxis y;
        if (metric.column().equals("loss")) {
            LogAxis log = new LogAxis(metric.label() + " (log scale)");
            if (extent != null) {
                log.setRange(extent.getLowerBound() / 1.5, extent.getUpperBound() * 1.5);
            }
            y = log;
        } else {
            y = (extent == null ? ReadableAxis.of(Double.NaN, Double.NaN)
                    : ReadableAxis.of(extent.getLowerBound(), extent.getUpperBound())).toAxis(metric.label());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no run reached the alignment loss");
        plot.addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart("training dynamics: " + metric.label(), PlotFonts.bold(16), plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours and strokes set before it
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle("one line per run, measured at every snapshot"
                + (unaligned.isEmpty() ? "" : "; not drawn (loss never below " + alignLoss + "): " + String.join(", ", unaligned)),
                PlotFonts.plain(12)));
        return chart;
    }
}
