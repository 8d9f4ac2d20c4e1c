package raspc.runtime.plot;

/**
 * One epoch's numbers for the training curves. Any value may be {@link Double#NaN} when it was
 * not measured (e.g. no validation set, or an interrupted epoch); it is then left out of the
 * lines rather than drawn as 0.
 */
public record EpochMetrics(int epoch, double trainLoss, double validLoss, double trainAccuracy,
                           double validAccuracy) {
    public static final double MISSING = Double.NaN;
}
