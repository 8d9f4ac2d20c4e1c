package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class TradeoffPlotTest {
    private static SweepRow row(int n, boolean converged, double blowup, double norm) {
        return new SweepRow("c" + n + blowup, "parity", "parity", "parity_" + n, n, 1, Map.of(), converged, 100, 100,
                0.0, 1.0, 1.0, n, n, n, 0.1, 0.01, 0.4, blowup, norm, 1.0);
    }

    @Test
    void aColourPairPerLengthWithTheUnconvergedApart() {
        List<SweepRow> rows = List.of(row(5, true, 1.1, 20), row(5, true, 1.3, 18), row(10, true, 2.0, 15),
                row(10, false, 4.0, 12));
        XYPlot plot = TradeoffPlot.chart("t", rows).getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        assertEquals(4, data.getSeriesCount(), "converged and not converged, for n = 5 and 10");
        assertEquals("n = 5", data.getSeries(0).getKey());
        assertEquals(2, data.getSeries(0).getItemCount());
        assertEquals(0, data.getSeries(1).getItemCount());
        assertEquals(1, data.getSeries(3).getItemCount(), "the unconverged n = 10 run is drawn as a cross");
        assertEquals(12.0, data.getSeries(3).getX(0).doubleValue(), "x is the parameter norm");
        assertEquals(4.0, data.getSeries(3).getY(0).doubleValue(), "y is the blowup");
        assertTrue(!(plot.getRangeAxis() instanceof LogAxis), "a fourfold spread stays linear");
        XYPlot wide = TradeoffPlot.chart("t", List.of(row(5, true, 1, 20), row(10, true, 100, 10))).getXYPlot();
        assertTrue(wide.getRangeAxis() instanceof LogAxis, "a hundredfold spread is logarithmic");
    }
}
