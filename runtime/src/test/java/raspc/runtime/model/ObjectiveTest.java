package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TargetEncoder.Targets;
import raspc.runtime.engine.TorchEngine;

/** Each objective's targets, scores and predictions, on logits written by hand. */
class ObjectiveTest {
    private static ModelConfig config(OutputKind output, ReadoutLoss loss) {
        return new ModelConfig(3, 2, 1, 1, 8, 8, 0f, PositionEncoding.SINUSOIDAL, NormPlacement.POST, false, output, loss, 4);
    }

    @Test
    void theConfigurationChoosesTheObjective() {
        assertInstanceOf(Objective.PerPositionClassification.class, config(OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY).objective());
        assertEquals(new Objective.ReadoutRegression(Objective.Readout.LAST), config(OutputKind.READOUT_LAST, ReadoutLoss.MSE).objective());
        assertEquals(new Objective.ReadoutClassification(Objective.Readout.FIRST),
                config(OutputKind.READOUT_FIRST, ReadoutLoss.CROSS_ENTROPY).objective());
        assertEquals(1, config(OutputKind.READOUT_LAST, ReadoutLoss.MSE).outputUnits());
        assertEquals(2, config(OutputKind.READOUT_LAST, ReadoutLoss.CROSS_ENTROPY).outputUnits());
    }

    @Test
    void perPositionScoresEveryPositionButBos() {
        Objective o = new Objective.PerPositionClassification();
        List<EncodedSample> samples = List.of(new EncodedSample(new int[] {2, 0, 1}, new int[] {2, 1, 0}), new EncodedSample(new int[] {2, 1},
                new int[] {2, 0}));
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager()) {
            Targets t = o.encode(m, samples, 3, true);
            assertArrayEquals(new float[] {0, 1, 1, 0, 1, 0}, t.scored().toFloatArray());
            assertArrayEquals(new float[] {2, 1}, t.scoredCounts().toFloatArray());
            // row 0 predicts 1, 0 at the scored positions (right); row 1 predicts 1 where 0 was wanted
            NDArray logits = m.create(new float[] {0, 0, 9, 0, 9, 0, 9, 0, 0, 0, 0, 9, 0, 9, 0, 0, 0, 0}, new Shape(2, 3, 3));
            Objective.Scores s = o.score(logits, t);
            assertArrayEquals(new float[] {2, 0}, s.correctPerSequence().toFloatArray());
            assertArrayEquals(new float[] {1, 0}, s.sequenceCorrect().toFloatArray());
            assertEquals(2, o.scoredOutputs(samples.get(0), true));
            assertArrayEquals(new long[] {2, 1, 0, 2, 1, 0}, o.predictions(logits));
        }
    }

    @Test
    void regressionIsSquaredErrorThresholdedAtOneHalf() {
        Objective o = new Objective.ReadoutRegression(Objective.Readout.LAST);
        List<EncodedSample> samples = List.of(new EncodedSample(new int[] {0, 1}, new int[] {1}), new EncodedSample(new int[] {1, 1}, new int[] {0}));
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager()) {
            Targets t = o.encode(m, samples, 2, false);
            NDArray logits = m.create(new float[] {0.75f, 0.75f});
            Objective.Scores s = o.score(logits, t);
            assertArrayEquals(new float[] {0.0625f, 0.5625f}, s.perSequence().toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {1, 0}, s.correctPerSequence().toFloatArray());
            assertArrayEquals(new long[] {1, 1}, o.predictions(logits));
            assertEquals(1, o.scoredOutputs(samples.get(0), false));
            assertEquals(new Shape(5), o.logitShape(5, 7, 1));
        }
    }
}
