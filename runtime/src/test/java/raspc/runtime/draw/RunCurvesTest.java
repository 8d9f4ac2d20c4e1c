package raspc.runtime.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;

class RunCurvesTest {
    private static final List<EpochMetrics> METRICS = List.of(
            new EpochMetrics(1, 10.9, 0.083, 0.1, 0.01, 11.2, 0.12, 0.0, 3e-4, 1.2, 2000, true),
            new EpochMetrics(2, 9.5, 0.074, 0.2, 0.1, 10.9, 0.21, 0.007, 3e-4, 1.1, 2000, true));

    @Test
    void supervisedRunsCarryTheirAttentionLossToTheCurves() {
        var points = RunCurves.points(METRICS, true);
        assertEquals(0.074, points.get(1).trainAttentionLoss(), 1e-12);
        assertEquals(9.5, points.get(1).trainLoss(), 1e-12);
        assertEquals(10.9, points.get(1).validLoss(), 1e-12);
        assertEquals(0.21, points.get(1).validAccuracy(), 1e-12);
    }

    @Test
    void generationFiguresBecomeTheirOwnLinesAndAMissingSideStaysMissing() {
        EpochMetrics generated = new EpochMetrics(1, 2.0, 0, 0.5, 0.1, 2.1, 0.5, 0.1, 3e-4, 1, 100, true, 50,
                new GenerationFigures(0.9, 0.75, null, null, 64, 0));
        var point = RunCurves.points(List.of(generated), false).get(0);
        assertEquals(0.75, point.generatedSeen(), 1e-12);
        assertTrue(Double.isNaN(point.generatedUnseen()));
        assertTrue(RunCurves.points(METRICS, false).stream().allMatch(p -> Double.isNaN(p.generatedSeen())));
        var charts = raspc.runtime.plot.TrainingCurves.charts(RunCurves.points(List.of(generated), false),
                raspc.runtime.plot.TrainingCurves.LossScale.AUTO);
        assertEquals(4, charts.get(1).getXYPlot().getDataset().getSeriesCount(), "train, valid, generated seen and unseen");
        assertEquals(2, raspc.runtime.plot.TrainingCurves.charts(RunCurves.points(METRICS, false),
                raspc.runtime.plot.TrainingCurves.LossScale.AUTO).get(1).getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void otherRunsRecordAZeroThatIsNoMeasurementAndIsLeftOut() {
        assertTrue(RunCurves.points(METRICS, false).stream().allMatch(p -> Double.isNaN(p.trainAttentionLoss())));
    }
}
