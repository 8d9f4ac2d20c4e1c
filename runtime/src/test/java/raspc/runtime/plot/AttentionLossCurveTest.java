package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** curves.png of runs that supervise attention: the attention loss gets a panel of its own. */
class AttentionLossCurveTest {
    private static final double NaN = CurvePoint.MISSING;

    private static List<CurvePoint> epochs(boolean supervised) {
        List<CurvePoint> list = new ArrayList<>();
        for (int e = 1; e <= 8; e++) {
            double attention = 0.08 / e;
            list.add(new CurvePoint(e, 10.0 / e, 11.0 / e, 0.1 * e, 0.09 * e, supervised ? attention : NaN));
        }
        return list;
    }

    @Test
    void supervisedRunsGetAThirdPanelWithTheTrainAttentionLoss() {
        List<JFreeChart> charts = TrainingCurves.charts(epochs(true), TrainingCurves.LossScale.AUTO);
        assertEquals(List.of("loss (task + attention term)", "accuracy", "attention loss"), titles(charts));
        XYPlot attention = charts.get(2).getXYPlot();
        XYDataset data = attention.getDataset();
        assertEquals(1, data.getSeriesCount(), "validation has no attention loss of its own");
        assertEquals("train attention loss", data.getSeriesKey(0));
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, data.getXValue(0, i), 0);
            assertEquals(0.08 / (i + 1), data.getYValue(0, i), 1e-12);
        }
        assertEquals("attention MSE", attention.getRangeAxis().getLabel(), "spans 8x, so linear");
    }

    @Test
    void runsWithoutSupervisionKeepTwoPanels() {
        List<JFreeChart> charts = TrainingCurves.charts(epochs(false), TrainingCurves.LossScale.AUTO);
        assertEquals(List.of("loss", "accuracy"), titles(charts));
    }

    @Test
    void theAttentionLineIsDrawnOnlyForSupervisedRuns() {
        TrainingCurves.Options options = new TrainingCurves.Options(1200, 480, TrainingCurves.LossScale.AUTO);
        BufferedImage with = TrainingCurves.render("t", epochs(true), options);
        BufferedImage without = TrainingCurves.render("t", epochs(false), options);
        assertTrue(Figures.countNear(with.getSubimage(800, 0, 400, 480), TrainingCurves.ATTENTION) > 100,
                "attention line missing from the right-hand third");
        assertEquals(0, Figures.countNear(without, TrainingCurves.ATTENTION));
        assertTrue(Figures.countNear(with.getSubimage(0, 0, 400, 480), TrainingCurves.TRAIN) > 100, "loss panel squeezed out");
    }

    private static List<String> titles(List<JFreeChart> charts) {
        return charts.stream().map(c -> c.getTitle().getText()).toList();
    }
}
