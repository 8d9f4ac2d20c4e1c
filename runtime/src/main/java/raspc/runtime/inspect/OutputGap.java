package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.model.Objective;

/**
 * The outputs of a batch of (clean, corrupted) pairs that the corruption changed, and how far a
 * forward pass leans towards the clean answer at them: the logit of the clean run's class minus
 * the logit of the corrupted run's class (for a regression readout, the output's distance past the
 * 0.5 threshold, signed towards the clean side). Patching sums these gaps, so that
 * (patched − corrupted) / (clean − corrupted) is 0 for no effect and 1 for the clean output.
 */
final class OutputGap {
    /** One changed output: row, position (0 for a readout), the clean and corrupted classes. */
    private record Changed(int row, int position, int cleanClass, int corruptClass) {}

    private final Objective objective;
    private final long positions;
    private final long classes;
    private final List<Changed> changed;

    private OutputGap(Objective objective, long positions, long classes, List<Changed> changed) {
        this.objective = objective;
        this.positions = positions;
        this.classes = classes;
        this.changed = changed;
    }

    /**
     * @param lengths each row's length (BOS included)
     * @param first the first scored position (1 after BOS)
     */
    static OutputGap between(Objective objective, NDArray clean, NDArray corrupt, long[] lengths, int first) {
        long[] shape = clean.getShape().getShape();
        long positions = objective instanceof Objective.PerPositionClassification ? shape[1] : 1;
        long classes = objective instanceof Objective.ReadoutRegression ? 1 : shape[shape.length - 1];
        long[] a = objective.predictions(clean);
        long[] b = objective.predictions(corrupt);
        List<Changed> changed = new ArrayList<>();
        for (int row = 0; row < lengths.length; row++) {
            int from = positions == 1 ? 0 : first;
            int to = positions == 1 ? 1 : (int) lengths[row];
            for (int p = from; p < to; p++) {
                int i = (int) (row * positions + p);
                if (a[i] != b[i]) {
                    changed.add(new Changed(row, p, (int) a[i], (int) b[i]));
                }
            }
        }
        return new OutputGap(objective, positions, classes, changed);
    }

    int changedOutputs() {
        return changed.size();
    }

    /** The summed gap towards the clean answers over the changed outputs, for a pass's logits. */
    double sum(NDArray logits) {
        float[] v = logits.toFloatArray();
        double total = 0;
        for (Changed c : changed) {
            long at = (c.row() * positions + c.position()) * classes;
            if (objective instanceof Objective.ReadoutRegression) {
                total += (v[(int) at] - 0.5) * (c.cleanClass() == 1 ? 1 : -1);
            } else {
                total += v[(int) (at + c.cleanClass())] - v[(int) (at + c.corruptClass())];
            }
        }
        return total;
    }
}
