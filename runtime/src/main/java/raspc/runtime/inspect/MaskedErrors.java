package raspc.runtime.inspect;

import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.Evaluator;
import raspc.runtime.model.Objective;

/**
 * The squared errors of a matrix run's passes, split into masked and observed entries, summed
 * while the evaluator runs them: an inspection scores an intervened matrix model by the figure
 * the study is about (masked-entry MSE) in the same pass that gives the report's loss.
 */
final class MaskedErrors {
    private final Objective.MaskedPositionRegression objective;
    private double maskedSum;
    private long maskedCount;
    private double observedSum;
    private long observedCount;

    MaskedErrors(Objective.MaskedPositionRegression objective) {
        this.objective = objective;
    }

    /** The objective of a matrix model; anything else is a programming error. */
    static Objective.MaskedPositionRegression objectiveOf(InspectedRun run) {
        if (run.model().config().model().objective() instanceof Objective.MaskedPositionRegression m) {
            return m;
        }
        throw new IllegalStateException("run " + run.runId() + " is not a masked regressor");
    }

    /** {@code pass}, with every batch's outputs added to these sums. */
    Evaluator.Pass tallying(Evaluator.Pass pass) {
        return batch -> {
            var output = pass.run(batch);
            float[] v = output.logits().toFloatArray(); // [B, T]
            int t = (int) output.logits().getShape().get(1);
            for (int i = 0; i < batch.size(); i++) {
                EncodedSample s = batch.samples().get(i);
                for (int e = 0; e < s.size(); e++) {
                    double err = v[i * t + e] - objective.value(s.target()[e]);
                    if (s.input()[e] == objective.maskId()) {
                        maskedSum += err * err;
                        maskedCount++;
                    } else {
                        observedSum += err * err;
                        observedCount++;
                    }
                }
            }
            return output;
        };
    }

    double masked() {
        return maskedCount == 0 ? Double.NaN : maskedSum / maskedCount;
    }

    double observed() {
        return observedCount == 0 ? Double.NaN : observedSum / observedCount;
    }
}
