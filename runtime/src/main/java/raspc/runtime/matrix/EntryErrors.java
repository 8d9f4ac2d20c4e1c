package raspc.runtime.matrix;

import java.util.List;
import raspc.compiler.matrix.MaskedMatrix;

/**
 * Squared errors of completed matrices against the true entries, split as the study reports
 * them: over the masked entries (what completion is about), the observed ones (copying), and all.
 *
 * @param masked mean squared error over masked entries (NaN when none was masked)
 * @param observed mean squared error over observed entries
 * @param all mean squared error over every entry (the training loss)
 * @param maskedEntries how many masked entries the mean is over
 */
public record EntryErrors(double masked, double observed, double all, long maskedEntries) {

    /** Errors of {@code predictions[i]} (n^2 values, row-major) against {@code matrices.get(i)}. */
    public static EntryErrors of(List<MaskedMatrix> matrices, float[][] predictions) {
        return against(matrices, predictions, null);
    }

    /**
     * Errors against a fixed value instead of the truth at masked entries: the copy check asks
     * whether a model outputs the token it is shown in place of MASK.
     */
    public static EntryErrors againstValueAtMasked(List<MaskedMatrix> matrices, float[][] predictions, double value) {
        return against(matrices, predictions, value);
    }

    private static EntryErrors against(List<MaskedMatrix> matrices, float[][] predictions, Double maskedTarget) {
        if (matrices.size() != predictions.length) {
            throw new IllegalArgumentException(matrices.size() + " matrices but " + predictions.length + " predictions");
        }
        double maskedSum = 0;
        double observedSum = 0;
        long maskedCount = 0;
        long observedCount = 0;
        for (int i = 0; i < predictions.length; i++) {
            MaskedMatrix m = matrices.get(i);
            for (int e = 0; e < m.observed().length; e++) {
                double truth = m.hundredths()[e] / 100.0;
                boolean observed = m.observed()[e];
                double target = !observed && maskedTarget != null ? maskedTarget : truth;
                double err = predictions[i][e] - target;
                if (observed) {
                    observedSum += err * err;
                    observedCount++;
                } else {
                    maskedSum += err * err;
                    maskedCount++;
                }
            }
        }
        return new EntryErrors(ratio(maskedSum, maskedCount), ratio(observedSum, observedCount),
                ratio(maskedSum + observedSum, maskedCount + observedCount), maskedCount);
    }

    private static double ratio(double sum, long count) {
        return count == 0 ? Double.NaN : sum / count;
    }
}
