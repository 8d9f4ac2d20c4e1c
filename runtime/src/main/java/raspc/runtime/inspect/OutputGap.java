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
 *
 * <p>A masked regressor (matrix completion) is scored at its masked entries, whatever the
 * corruption did to them, and its gap is minus the squared distance to the clean output: the
 * share restored is then 1 − MSE(patched, clean) / MSE(corrupted, clean) over masked entries,
 * the reference study's measure.
 *
 * <p>A composition decoder is scored at the answer tokens the corruption changes in the
 * reference documents ({@link #atChangedAnswers}), by the same logit difference.
 */
final class OutputGap {
    /** One changed output: row, position (0 for a readout), the clean and corrupted classes. */
    private record Changed(int row, int position, int cleanClass, int corruptClass) {}

    private final Objective objective;
    private final long positions;
    private final long classes;
    private final List<Changed> changed;
    /** The clean run's outputs [B * T] (masked regression only; null otherwise). */
    private final float[] cleanValues;

    private OutputGap(Objective objective, long positions, long classes, List<Changed> changed, float[] cleanValues) {
        this.objective = objective;
        this.positions = positions;
        this.classes = classes;
        this.changed = changed;
        this.cleanValues = cleanValues;
    }

    /**
     * @param lengths each row's length (BOS included)
     * @param first the first scored position (1 after BOS)
     * @param corruptTokens the corrupted batch's input ids [B, T] (a masked regressor's masked entries)
     */
    static OutputGap between(Objective objective, NDArray clean, NDArray corrupt, long[] lengths, int first,
            NDArray corruptTokens) {
        if (objective instanceof Objective.MaskedPositionRegression m) {
            return atMaskedEntries(m, clean, lengths, corruptTokens);
        }
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
        return new OutputGap(objective, positions, classes, changed, null);
    }

    /**
     * A decoder's answer, teacher forced: the positions of {@code answer} where the clean and the
     * corrupted documents' answers differ, the clean token against the corrupted one.
     *
     * @param clean the clean pass's logits [B, T, V]
     */
    static OutputGap atChangedAnswers(Objective objective, NDArray clean, List<Patcher.Pair> pairs, int[] answer) {
        long[] shape = clean.getShape().getShape();
        List<Changed> changed = new ArrayList<>();
        for (int row = 0; row < pairs.size(); row++) {
            int[] want = pairs.get(row).clean().target();
            int[] other = pairs.get(row).corrupt().target();
            for (int p : answer) {
                if (want[p] != other[p]) {
                    changed.add(new Changed(row, p, want[p], other[p]));
                }
            }
        }
        return new OutputGap(objective, shape[1], shape[2], changed, null);
    }

    private static OutputGap atMaskedEntries(Objective.MaskedPositionRegression objective, NDArray clean, long[] lengths,
            NDArray corruptTokens) {
        long positions = clean.getShape().get(1);
        long[] tokens = corruptTokens.toLongArray();
        List<Changed> masked = new ArrayList<>();
        for (int row = 0; row < lengths.length; row++) {
            for (int p = 0; p < lengths[row]; p++) {
                if (tokens[(int) (row * positions + p)] == objective.maskId()) {
                    masked.add(new Changed(row, p, 0, 0));
                }
            }
        }
        return new OutputGap(objective, positions, 1, masked, clean.toFloatArray());
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
            if (cleanValues != null) {
                double d = v[(int) at] - cleanValues[(int) at];
                total -= d * d;
            } else if (objective instanceof Objective.ReadoutRegression) {
                total += (v[(int) at] - 0.5) * (c.cleanClass() == 1 ? 1 : -1);
            } else {
                total += v[(int) (at + c.cleanClass())] - v[(int) (at + c.corruptClass())];
            }
        }
        return total;
    }
}
