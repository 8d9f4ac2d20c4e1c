package raspc.runtime.plot;

/**
 * One point of the training curves (an epoch, or a round of a step budget). Any value may be {@link Double#NaN} when it was
 * not measured (e.g. no validation set, or an interrupted epoch); it is then left out of the
 * lines rather than drawn as 0. {@code trainAttentionLoss} is the attention MSE of runs that
 * supervise heads ({@code _with_attns} tasks), MISSING for the others: it is part of the loss but
 * orders of magnitude smaller, so it gets a panel of its own. {@code generatedSeen} and
 * {@code generatedUnseen} are the checkpoint's generation accuracy (all answer tokens right) of
 * runs evaluated by generation, MISSING for the others.
 */
public record CurvePoint(int epoch, double trainLoss, double validLoss, double trainAccuracy,
                         double validAccuracy, double trainAttentionLoss, double generatedSeen, double generatedUnseen) {
    public static final double MISSING = Double.NaN;

    /** A point without generation figures. */
    public CurvePoint(int epoch, double trainLoss, double validLoss, double trainAccuracy, double validAccuracy,
            double trainAttentionLoss) {
        this(epoch, trainLoss, validLoss, trainAccuracy, validAccuracy, trainAttentionLoss, MISSING, MISSING);
    }

    /** An epoch of a run without attention supervision. */
    public CurvePoint(int epoch, double trainLoss, double validLoss, double trainAccuracy, double validAccuracy) {
        this(epoch, trainLoss, validLoss, trainAccuracy, validAccuracy, MISSING);
    }
}
