package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The matched-shapes plots ring each line's planned shape and draw a supervised task dashed in its task's colour. */
class ShapePlotsTest {
    private static SequenceRow row(String task, int layers, int heads, long seed, double token) {
        boolean supervised = task.endsWith("_with_attns");
        return new SequenceRow(task + "-l" + layers + "-h" + heads + "-seed" + seed, task, task, seed, Map.of(), layers,
                heads, 2, 2, supervised ? 2 : 0, token >= 0.9, "", token, token / 2, token, token / 2,
                supervised ? 0.7 : Double.NaN, 15, 15, 1, "completed 15 epochs");
    }

    /** hist2 (plan 2 x 2) at 1..3 layers over two seeds, at one head fewer, and supervised at 2..3 layers. */
    private static List<SequenceRow> rows() {
        List<SequenceRow> rows = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            rows.add(row("hist2_10", 1, 2, seed, 0.40 + 0.02 * seed));
            rows.add(row("hist2_10", 2, 2, seed, 0.60 + 0.02 * seed));
            rows.add(row("hist2_10", 3, 2, seed, 0.70 + 0.02 * seed));
            rows.add(row("hist2_10", 2, 1, seed, 0.55));
            rows.add(row("hist2_10_with_attns", 2, 2, seed, 0.66));
            rows.add(row("hist2_10_with_attns", 3, 2, seed, 0.80));
        }
        return rows;
    }

    private static final ShapePlots.Metric TOKEN = ShapePlots.METRICS.get(1);

    @Test
    void eachLineIsRingedAtThePlannedLayersAndHeadsOnly() {
        List<MeanLineChart.Point> planned = ShapePlots.planned(rows(), TOKEN.value());
        assertEquals(2, planned.size(), planned.toString());
        assertEquals(new MeanLineChart.Point("hist2_10", 2, 0.63), rounded(planned.get(0)), "the mean over the seeds");
        assertEquals(new MeanLineChart.Point("hist2_10_with_attns", 2, 0.66), rounded(planned.get(1)));

        XYPlot plot = ShapePlots.chart("s", TOKEN, rows()).getXYPlot();
        XYDataset rings = plot.getDataset(1);
        assertNotNull(rings, "a second dataset holds the rings");
        assertEquals(1, rings.getSeriesCount());
        assertEquals(ShapePlots.PLANNED, rings.getSeriesKey(0));
        assertEquals(2, rings.getItemCount(0));
        for (int i = 0; i < 2; i++) {
            assertEquals(2.0, rings.getXValue(0, i), "at the plan's 2 layers");
        }
        assertEquals(0.63, rings.getYValue(0, 0), 1e-9, "on the line's mean there");
    }

    @Test
    void theLegendSaysPlannedShapeOnceAndTheSupervisedLineIsDashedInItsTasksColour() {
        JFreeChart chart = ShapePlots.chart("s", TOKEN, rows());
        List<String> legend = new ArrayList<>();
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertEquals(List.of("hist2_10", "hist2_10, 1 heads", "hist2_10_with_attns", ShapePlots.PLANNED), legend);

        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection lines = (XYSeriesCollection) plot.getDataset(0);
        XYItemRenderer renderer = plot.getRenderer(0);
        int plain = lines.getSeriesIndex("hist2_10");
        int fewerHeads = lines.getSeriesIndex("hist2_10, 1 heads");
        int supervised = lines.getSeriesIndex("hist2_10_with_attns");
        assertNull(((BasicStroke) renderer.getSeriesStroke(plain)).getDashArray(), "unsupervised: solid");
        assertNotNull(((BasicStroke) renderer.getSeriesStroke(supervised)).getDashArray(), "supervised: dashed");
        assertEquals(renderer.getSeriesPaint(plain), renderer.getSeriesPaint(supervised), "the same task, the same colour");
        assertNotEquals(renderer.getSeriesPaint(plain), renderer.getSeriesPaint(fewerHeads),
                "one head fewer is another model: another colour");
    }

    @Test
    void aSweepWithNoCellAtItsPlanHasNoRings() {
        List<SequenceRow> below = IntStream.of(1, 2).mapToObj(s -> row("hist2_10", 1, 2, s, 0.4)).toList();
        assertEquals(0, ShapePlots.chart("s", TOKEN, below).getXYPlot().getDataset(1).getItemCount(0));
    }

    private static MeanLineChart.Point rounded(MeanLineChart.Point p) {
        return new MeanLineChart.Point(p.group(), p.x(), Math.round(p.y() * 1e9) / 1e9);
    }
}
