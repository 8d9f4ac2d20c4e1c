package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.HeadAgreement;
import raspc.runtime.eval.Report;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.testing.ToyTask;

/**
 * sort_5_bos_with_attns, lengths 1..5, with the two hand-written attention patterns as
 * supervision: the model learns the task and its heads follow the selectors.
 *
 * <p>CPU numerics differ between machines and processes, and training amplifies the difference
 * the way a change of seed does, so the thresholds are set against the spread over seeds, not one
 * run. Over seeds 1..7 on one machine: test token accuracy 0.942..0.994, layer-0 mass on the
 * selection 0.903..0.915, layer-1 argmax agreement 0.932..0.985 and mass 0.914..0.956. Chance
 * for the layer-1 argmax is about 1/(n+1). Layer 0's selection always includes BOS, so agreement
 * there cannot tell learning from looking at BOS alone; layer 1 is where supervision shows.
 */
class SortAttentionTest {
    @TempDir
    Path runs;

    @Test
    void learnsSortWithSupervisedAttention() {
        ToyTask task = ToyTask.sortWithAttention(5, 5, 2000, 500);
        TrainOptions options = new TrainOptions().dim(64).epochs(25).learningRate(3e-3f).lrDecay(0.95f).seed(3)
                .device(DeviceChoice.CPU).runsRoot(runs).lengthGeneralisationSamples(0).handleCtrlC(false);
        Report report = TrainingSession.train(task, options, TrainingListener.SILENT).report();
        System.out.println(ReportFormatter.summary(report));

        assertTrue(report.splits().get("test").tokenAccuracy() >= 0.85,
                "test token accuracy " + report.splits().get("test").tokenAccuracy());
        assertEquals(2, report.attentionAgreement().size());
        HeadAgreement before = report.attentionAgreement().get(0);
        HeadAgreement place = report.attentionAgreement().get(1);
        assertTrue(before.rows() > 0 && place.rows() > 0);
        assertTrue(before.massOnSelected() >= 0.8, before.toString());
        // layer 1 selects exactly one key per row
        assertTrue(place.argmaxOnSelected() >= 0.8, place.toString());
        assertTrue(place.massOnSelected() >= 0.75, place.toString());
    }
}
