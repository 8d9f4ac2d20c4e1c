package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SweepPlotsTest {
    /** Metrics that hardly change with n: sharpness around 1.1e-5, a parameter norm of 20.00001..20.00003. */
    private static List<SweepRow> tinyRanges() {
        List<SweepRow> rows = new ArrayList<>();
        for (int n = 4; n <= 16; n += 2) {
            for (int seed = 0; seed < 2; seed++) {
                double sharpness = 1e-5 * (1 + 0.01 * n) + 1e-8 * seed;
                double norm = 20.00001 + 1e-6 * n + 1e-7 * seed;
                rows.add(new SweepRow("parity_" + n + "-seed" + seed, "parity", "parity", "parity_" + n, n, seed,
                        Map.of(), true, 100, 100, 0, 1, 1, 1, 1, 1, 0.1, 0.01, sharpness, 1.5, norm, 1));
            }
        }
        rows.add(new SweepRow("parity_16-seed9", "parity", "parity", "parity_16", 16, 9, Map.of(), false, -1, 100,
                0.2, 0.9, 1, 1, 1, 1, 0.1, 0.01, 5.0, 1.5, 30, 1));
        return rows;
    }

    @Test
    void aTinyRangeGetsAFewPlainTicksWithTheFactorInTheAxisLabel() {
        JFreeChart chart = SweepPlots.chart("s", SweepPlots.METRICS.get(0), tinyRanges());
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("sharpness x4 (×10⁻⁵)", y.getLabel());
        List<String> ticks = ticks(y);
        assertTrue(ticks.size() >= 4 && ticks.size() <= 9, ticks.toString());
        assertTrue(ticks.stream().allMatch(t -> t.matches("1\\.\\d\\d")), ticks.toString());
        XYDataset data = chart.getXYPlot().getDataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double v = data.getYValue(s, i);
                assertTrue(v > y.getLowerBound() && v < y.getUpperBound(), "point off the axis: " + v);
            }
        }
        String legend = chart.getLegend().getSources()[0].getLegendItems().get(0).getLabel();
        assertEquals("parity (slope +1.00e-07)", legend, "a slope of 1e-7 is not +0.0000");
    }

    @Test
    void aMetricThatHardlyChangesGetsAnAxisAroundItsValueNotAroundItsNoise() {
        JFreeChart chart = SweepPlots.chart("s", SweepPlots.METRICS.get(2), tinyRanges());
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("parameter norm (positions excluded)", y.getLabel());
        assertEquals(List.of("19.8", "19.9", "20.0", "20.1", "20.2"), ticks(y));
    }

    /** A metric no converged cell has (a decoder's blowup) gets no picture rather than an empty "no converged cells" one. */
    @Test
    void aMetricNoConvergedCellHasIsNotDrawn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        List<SweepRow> rows = new ArrayList<>();
        for (int n = 4; n <= 8; n += 2) {
            rows.add(new SweepRow("p_" + n + "-seed0", "p", "p", "p_" + n, n, 0, Map.of(), true, 100, 100, 0, 1, 1, 1,
                    1, 1, 0.1, 0.01, 0.5, Double.NaN, 20, 1));
        }
        List<java.nio.file.Path> written = SweepPlots.write(dir, "s", rows);
        assertEquals(List.of("sharpness_vs_n.png", "param_norm_vs_n.png"),
                written.stream().map(f -> f.getFileName().toString()).toList());
        assertTrue(SweepPlots.unmeasured(rows, SweepPlots.METRICS.get(1)));
        assertTrue(!SweepPlots.unmeasured(tinyRanges(), SweepPlots.METRICS.get(1)));
    }

    /** The labels JFreeChart writes: multiples of the tick unit inside the range. */
    private static List<String> ticks(NumberAxis axis) {
        double step = axis.getTickUnit().getSize();
        List<String> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(axis.getLowerBound() / step); i * step <= axis.getUpperBound(); i++) {
            ticks.add(axis.getTickUnit().valueToString(i * step));
        }
        return ticks;
    }
}
