package raspc.runtime.dynamics;

import java.util.ArrayList;
import java.util.List;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.StepLoss;

/**
 * A run's training loss against optimizer steps, as metrics.jsonl holds it: the logged step
 * losses when the run was trained with a logging interval, else one point per round (its mean
 * training loss at the round's last step), so runs from before step logging still have a curve;
 * a round without step losses in a logged run stands in by its mean.
 *
 * @param steps increasing optimizer steps
 * @param losses the loss at each step (finite)
 * @param perStep whether the points are logged steps (else rounds)
 */
public record LossCurve(long[] steps, double[] losses, boolean perStep) {
    public LossCurve {
        if (steps.length != losses.length) {
            throw new IllegalArgumentException(steps.length + " steps but " + losses.length + " losses");
        }
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                throw new IllegalArgumentException("steps must increase: " + steps[i - 1] + " then " + steps[i]);
            }
        }
    }

    /** The curve of a run's metrics; points whose loss was not measured (NaN) are left out. */
    public static LossCurve of(List<EpochMetrics> metrics) {
        boolean perStep = metrics.stream().anyMatch(m -> !m.stepLosses().isEmpty());
        List<long[]> steps = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (EpochMetrics m : metrics) {
            if (perStep && !m.stepLosses().isEmpty()) {
                for (StepLoss s : m.stepLosses()) {
                    add(steps, losses, s.step(), s.loss());
                }
            } else if (perStep) {
                // a round trained without logging (resumed by an older raspc): its mean keeps the curve going
                add(steps, losses, m.step(), m.trainLoss());
            } else {
                // metrics of older runs have no step count: their rounds stand in for steps
                add(steps, losses, m.step() > 0 ? m.step() : m.epoch(), m.trainLoss());
            }
        }
        return new LossCurve(steps.stream().mapToLong(s -> s[0]).toArray(),
                losses.stream().mapToDouble(Double::doubleValue).toArray(), perStep);
    }

    private static void add(List<long[]> steps, List<Double> losses, long step, double loss) {
        if (Double.isFinite(loss)) {
            steps.add(new long[] {step});
            losses.add(loss);
        }
    }

    public int size() {
        return steps.length;
    }

    /** Steps from the first point to the last (0 for fewer than two points). */
    public long span() {
        return steps.length < 2 ? 0 : steps[steps.length - 1] - steps[0];
    }
}
