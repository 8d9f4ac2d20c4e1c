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
import raspc.runtime.model.NormPlacement;
import raspc.runtime.testing.ToyTask;

/**
 * sort_4_bos_with_attns, lengths 1..4, with the two hand-written attention patterns as
 * supervision: the model learns the task and its heads follow the selectors.
 *
 * <p>CPU numerics differ between machines and, rarely, between processes; training amplifies a
 * difference the way a change of seed does. So the configuration is one that converges from
 * every seed tried, and the thresholds sit well below the spread over seeds. Over seeds 1..6
 * (pre-LN, lr 1.5e-3): test token accuracy 0.998..1.000, layer-1 argmax agreement 0.993..0.999
 * and mass 0.981..0.989, layer-0 mass 0.920..0.930. With post-LN and lr 3e-3 one seed in eight
 * stalled near 0.82, which is what an earlier version of this test met on CI. Chance for the
 * layer-1 argmax is about 1/(n+1). Layer 0's selection always includes BOS, so agreement there
 * cannot tell learning from looking at BOS alone; layer 1 is where supervision shows.
 */
class SortAttentionTest {
    @TempDir
    Path runs;

    @Test
    void learnsSortWithSupervisedAttention() {
        ToyTask task = ToyTask.sortWithAttention(4, 4, 2000, 500);
        TrainOptions options = new TrainOptions().dim(64).norm(NormPlacement.PRE).epochs(40).learningRate(1.5e-3f)
                .lrDecay(0.98f).seed(3)
                .device(DeviceChoice.CPU).runsRoot(runs).lengthGeneralisationSamples(0).handleCtrlC(false);
        Report report = TrainingSession.train(task, options, TrainingListener.SILENT).report();
        System.out.println(ReportFormatter.summary(report));

        assertTrue(report.splits().get("test").tokenAccuracy() >= 0.9,
                "test token accuracy " + report.splits().get("test").tokenAccuracy());
        assertEquals(2, report.attentionAgreement().size());
        HeadAgreement before = report.attentionAgreement().get(0);
        HeadAgreement place = report.attentionAgreement().get(1);
        assertTrue(before.rows() > 0 && place.rows() > 0);
        assertTrue(before.massOnSelected() >= 0.8, before.toString());
        // layer 1 selects exactly one key per row
        assertTrue(place.argmaxOnSelected() >= 0.9, place.toString());
        assertTrue(place.massOnSelected() >= 0.85, place.toString());
    }
}
