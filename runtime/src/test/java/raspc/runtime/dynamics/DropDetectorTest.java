package raspc.runtime.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.Json;
import raspc.runtime.run.StepLoss;

class DropDetectorTest {
    private static final DropCriteria CRITERIA = new DropCriteria(10, 100, 300, 2, 5);

    /** Steps 1..n with the given loss at each. */
    private static LossCurve curve(int n, LongToDoubleFunction loss) {
        long[] steps = new long[n];
        double[] losses = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i + 1;
            losses[i] = loss.applyAsDouble(i + 1);
        }
        return new LossCurve(steps, losses, true);
    }

    /** A plateau at 1 until step 600, a fall to 0.001 over steps 600..640, then flat. */
    private static double plateauThenDrop(long step) {
        if (step <= 600) {
            return 1.0;
        }
        return step >= 640 ? 1e-3 : Math.pow(10, -3.0 * (step - 600) / 40);
    }

    @Test
    void aPlateauAndAnAbruptDropAreFoundWithTheirLevelAndDuration() {
        List<Drop> drops = DropDetector.find(curve(1000, DropDetectorTest::plateauThenDrop), CRITERIA);
        assertEquals(1, drops.size(), drops.toString());
        Drop d = drops.get(0);
        assertEquals(1, d.plateauStart());
        assertEquals(1.0, d.plateauLevel(), 1e-9);
        // the band (a factor 2) holds until the loss is half the level, 4 steps into the fall
        assertTrue(d.dropStart() >= 600 && d.dropStart() <= 605, "drop start " + d.dropStart());
        // below level / 10 one third of the way down the 40-step fall
        assertTrue(d.dropEnd() >= 613 && d.dropEnd() <= 616, "drop end " + d.dropEnd());
        assertTrue(d.duration() < 20, "duration " + d.duration());
        assertTrue(d.fall() > 10);
    }

    @Test
    void aSmoothExponentialDecayHasNoDrop() {
        // from 1 to 1e-4 over 1000 steps: a fall of 10 takes 250 steps, more than the window
        List<Drop> drops = DropDetector.find(curve(1000, s -> Math.exp(-s * Math.log(1e4) / 1000)), CRITERIA);
        assertEquals(List.of(), drops);
    }

    @Test
    void aSmoothDecayFallingFastEnoughHasNoPlateauSoNoDropEither() {
        // a factor 10 per 100 steps: fast enough for the window, but then no 300-step stretch stays within 2x
        assertEquals(List.of(), DropDetector.find(curve(1000, s -> Math.pow(10, -s / 100.0)), CRITERIA));
    }

    @Test
    void noiseOnAPlateauIsNoDropButNoiseDoesNotHideARealOne() {
        Random random = new Random(7);
        double[] noise = new double[1001];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = Math.exp(0.3 * random.nextGaussian());
        }
        noise[500] = 1e-3; // one outlier batch, a thousand times lower: the running median ignores it
        assertEquals(List.of(), DropDetector.find(curve(1000, s -> noise[(int) s]), CRITERIA));

        List<Drop> drops = DropDetector.find(curve(1000, s -> plateauThenDrop(s) * noise[(int) s]), CRITERIA);
        assertEquals(1, drops.size(), drops.toString());
        assertTrue(Math.abs(drops.get(0).dropStart() - 600) <= 10, "drop start " + drops.get(0).dropStart());
        assertEquals(1.0, drops.get(0).plateauLevel(), 0.15);
    }

    @Test
    void twoPlateausEndingInDropsAreBothReported() {
        LossCurve c = curve(2000, s -> s <= 600 ? 1.0 : s <= 1400 ? 0.01 : 1e-5);
        List<Drop> drops = DropDetector.find(c, CRITERIA);
        assertEquals(2, drops.size(), drops.toString());
        assertEquals(600, drops.get(0).dropStart());
        assertEquals(601, drops.get(0).dropEnd());
        assertEquals(0.01, drops.get(1).plateauLevel(), 1e-12);
        assertEquals(1400, drops.get(1).dropStart());
    }

    @Test
    void aPlateauShorterThanRequiredIsNoDrop() {
        assertEquals(List.of(), DropDetector.find(curve(400, s -> s <= 200 ? 1.0 : 1e-3), CRITERIA));
    }

    @Test
    void criteriaThatASmoothCurveCouldMeetAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DropCriteria(2, 100, 300, 3, 5));
        assertThrows(IllegalArgumentException.class, () -> new DropCriteria(10, 100, 300, 2, 4));
    }

    @Test
    void theCurveIsTheLoggedStepsWhenARunHasThemElseItsRounds() {
        EpochMetrics round1 = new EpochMetrics(1, 0.9, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true, 2, null,
                List.of(new StepLoss(1, 1.0, 0), new StepLoss(2, 0.8, 0)));
        EpochMetrics round2 = new EpochMetrics(2, 0.5, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true, 4, null,
                List.of(new StepLoss(3, 0.6, 0), new StepLoss(4, 0.4, 0)));
        LossCurve logged = LossCurve.of(List.of(round1, round2));
        assertTrue(logged.perStep());
        assertEquals(List.of(1L, 2L, 3L, 4L), java.util.Arrays.stream(logged.steps()).boxed().toList());
        assertEquals(0.4, logged.losses()[3]);

        // an older run's lines: no step losses, no step count
        LossCurve rounds = LossCurve.of(List.of(new EpochMetrics(1, 0.9, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true),
                new EpochMetrics(2, 0.5, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true)));
        assertTrue(!rounds.perStep());
        assertEquals(2, rounds.steps()[1]);
        assertEquals(0.5, rounds.losses()[1]);
    }

    @Test
    void metricsLinesWithoutStepLossesReadAndWriteAsBefore() throws Exception {
        String old = Json.line(new EpochMetrics(1, 0.9, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true, 2));
        assertTrue(!old.contains("step_losses"), old);
        EpochMetrics read = Json.mapper().readValue(old, EpochMetrics.class);
        assertEquals(List.of(), read.stepLosses());

        EpochMetrics logged = new EpochMetrics(1, 0.9, 0, 0, 0, 1, 0, 0, 1e-3, 1, 1, true, 2, null,
                List.of(new StepLoss(2, 0.8, 0.1)));
        String line = Json.line(logged);
        assertTrue(line.contains("\"step_losses\":[{\"step\":2,\"loss\":0.8,\"attention_loss\":0.1}]"), line);
        assertEquals(logged, Json.mapper().readValue(line, EpochMetrics.class));
    }
}
