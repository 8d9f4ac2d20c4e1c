package raspc.runtime.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.RandomCompletions;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.boolfn.BooleanTaskData;
import raspc.runtime.plot.PlotFonts;
import raspc.runtime.plot.PlotTheme;
import raspc.runtime.plot.ReadableAxis;
import raspc.runtime.run.Json;

/**
 * The generalisation-bias experiment: for every cell trained on k fixed inputs, the average
 * sensitivity of what the model learned (thresholded, over all 2^n inputs: the sweep row's
 * model_sensitivity) beside the distribution of the average sensitivity of random completions
 * of the same k labelled inputs ({@link RandomCompletions}). The training inputs are rebuilt
 * from the cell's seed as its run drew them ({@link BooleanTaskData#fixedTrainingInputs}), so
 * this needs no more than the rows. Writes completions.csv, completions.jsonl and
 * sensitivity_vs_completions.png. Sharpness is a property of a trained model, so only the
 * learned function has one (the row's sharpness_x4, repeated here).
 */
public final class CompletionStudy {
    public static final String CSV = "completions.csv";
    public static final String JSONL = "completions.jsonl";
    public static final String PLOT = "sensitivity_vs_completions.png";
    /** Completions per cell: enough for the 5% and 95% points to be stable to about ±0.02. */
    static final int DRAWS = 1000;

    /**
     * One cell against its completions.
     *
     * @param learnedQuantile the fraction of completions at or below the learned sensitivity
     */
    public record CompletionRow(String cell, String task, int n, long seed, int trainInputs, boolean converged,
            double finalEvalMse, double learnedSensitivity, double learnedSensitivityReal, double targetSensitivity,
            double sharpnessX4, RandomCompletions.Summary completions, double learnedQuantile) {}

    private CompletionStudy() {}

    static List<Path> write(Path dir, String sweepName, List<SweepRow> rows, SweepRunner.FunctionResolver resolver) {
        TreeMap<Integer, List<double[]>> drawsByK = new TreeMap<>();
        List<CompletionRow> table = new ArrayList<>();
        Map<String, BooleanFunction> functions = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            int k = trainInputs(r);
            if (k == 0) {
                continue;
            }
            BooleanFunction f = functions.computeIfAbsent(r.task(), resolver::resolve);
            double[] draws = completions(f, k, r.seed());
            drawsByK.computeIfAbsent(k, x -> new ArrayList<>()).add(draws);
            table.add(new CompletionRow(r.cell(), r.task(), r.n(), r.seed(), k, r.converged(), r.finalEvalMse(),
                    r.modelSensitivity(), r.modelSensitivityReal(), r.targetSensitivity(), r.sharpnessX4(),
                    RandomCompletions.Summary.of(draws),
                    RandomCompletions.Summary.fractionAtOrBelow(draws, r.modelSensitivity())));
        }
        AtomicFiles.writeString(dir.resolve(CSV), csv(table));
        StringBuilder lines = new StringBuilder();
        table.forEach(t -> lines.append(Json.line(t)).append('\n'));
        AtomicFiles.writeString(dir.resolve(JSONL), lines.toString());
        JFreeChart chart = chart(sweepName, table, drawsByK);
        Path plot = dir.resolve(PLOT);
        AtomicFiles.write(plot, stream -> ChartUtils.writeChartAsPNG(stream, chart, 900, 600));
        return List.of(dir.resolve(CSV), dir.resolve(JSONL), plot);
    }

    /** The completions of a cell's training inputs; their coins are seeded by the cell's seed and k. */
    static double[] completions(BooleanFunction f, int k, long seed) {
        long[] points = BooleanTaskData.fixedTrainingInputs(f.n(), k, seed);
        return RandomCompletions.averageSensitivities(f, points, DRAWS, seed * 7919L + k);
    }

    private static int trainInputs(SweepRow r) {
        return r.settings().get("train_inputs") instanceof Number k ? k.intValue() : 0;
    }

    static String csv(List<CompletionRow> table) {
        StringBuilder s = new StringBuilder("cell,task,n,seed,train_inputs,converged,final_eval_mse,learned_sensitivity,"
                + "learned_sensitivity_real,target_sensitivity,sharpness_x4,completion_mean,completion_sd,completion_p05,"
                + "completion_median,completion_p95,completion_draws,learned_quantile\n");
        for (CompletionRow t : table) {
            RandomCompletions.Summary c = t.completions();
            s.append(String.join(",", t.cell(), t.task(), Integer.toString(t.n()), Long.toString(t.seed()),
                    Integer.toString(t.trainInputs()), Boolean.toString(t.converged()), num(t.finalEvalMse()),
                    num(t.learnedSensitivity()), num(t.learnedSensitivityReal()), num(t.targetSensitivity()),
                    num(t.sharpnessX4()), num(c.mean()), num(c.sd()), num(c.p05()), num(c.median()), num(c.p95()),
                    Integer.toString(c.draws()), num(t.learnedQuantile()))).append('\n');
        }
        return s.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    static JFreeChart chart(String sweepName, List<CompletionRow> table, TreeMap<Integer, List<double[]>> drawsByK) {
        XYSeries learned = new XYSeries("learned (converged runs)");
        XYSeries learnedMean = new XYSeries("learned: mean of converged runs");
        XYSeries failed = new XYSeries("learned (not converged)");
        XYSeries target = new XYSeries("the target function");
        XYSeries mean = new XYSeries("random completions: mean");
        XYSeries low = new XYSeries("random completions: 5% and 95%");
        XYSeries high = new XYSeries("random completions: 95%");
        TreeMap<Integer, double[]> sums = new TreeMap<>();
        for (CompletionRow t : table) {
            (t.converged() ? learned : failed).add(t.trainInputs(), t.learnedSensitivity());
            target.add(t.trainInputs(), t.targetSensitivity());
            if (t.converged()) {
                double[] acc = sums.computeIfAbsent(t.trainInputs(), k -> new double[2]);
                acc[0] += t.learnedSensitivity();
                acc[1]++;
            }
        }
        sums.forEach((k, acc) -> learnedMean.add((double) k, acc[0] / acc[1]));
        drawsByK.forEach((k, cells) -> {
            double[] pooled = cells.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            RandomCompletions.Summary s = RandomCompletions.Summary.of(pooled);
            mean.add((double) k, s.mean());
            low.add((double) k, s.p05());
            high.add((double) k, s.p95());
        });
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : List.of(learned, learnedMean, failed, target, mean, low, high)) {
            data.addSeries(s);
        }
        LogAxis x = new LogAxis("fixed training inputs (log scale)");
        x.setBase(2);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (!drawsByK.isEmpty()) {
            x.setRange(drawsByK.firstKey() / 1.25,
                    drawsByK.lastKey() * 1.25);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < data.getSeries(i).getItemCount(); j++) {
                double v = data.getSeries(i).getY(j).doubleValue();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        NumberAxis y = ReadableAxis.of(Math.min(0, lo), hi).toAxis("average sensitivity (thresholded model)");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("no cells with fixed training inputs");
        JFreeChart chart = new JFreeChart(sweepName + ": learned function vs random completions", PlotFonts.bold(16),
                plot, true);
        PlotTheme.apply(chart); // first: the theme clears series colours and strokes set before it
        Color learnedColour = new Color(0x1F77B4);
        Color completionColour = new Color(0x7F7F7F);
        BasicStroke dashed = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        dots(renderer, 0, learnedColour);
        renderer.setSeriesPaint(1, learnedColour);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(2, new Color(0xD62728));
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, TradeoffPlot.cross());
        renderer.setSeriesShapesFilled(2, false);
        renderer.setSeriesVisibleInLegend(2, failed.getItemCount() > 0);
        renderer.setSeriesPaint(3, new Color(0x2CA02C));
        renderer.setSeriesLinesVisible(3, false);
        renderer.setSeriesShape(3, new java.awt.Rectangle(-4, -4, 8, 8));
        renderer.setSeriesPaint(4, completionColour);
        renderer.setSeriesStroke(4, new BasicStroke(2f));
        for (int i = 5; i <= 6; i++) {
            renderer.setSeriesPaint(i, completionColour);
            renderer.setSeriesStroke(i, dashed);
            renderer.setSeriesShapesVisible(i, false);
        }
        renderer.setSeriesVisibleInLegend(6, false);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle("average sensitivity (total influence) over all 2^n inputs; completions: "
                + DRAWS + " per run, fair coins off the training inputs", PlotFonts.plain(12)));
        return chart;
    }

    private static void dots(XYLineAndShapeRenderer renderer, int series, Color colour) {
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesLinesVisible(series, false);
        renderer.setSeriesShape(series, new Ellipse2D.Double(-3, -3, 6, 6));
    }
}
