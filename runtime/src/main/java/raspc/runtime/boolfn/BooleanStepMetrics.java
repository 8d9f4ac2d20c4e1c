package raspc.runtime.boolfn;

/**
 * One evaluation during Boolean training (a line of metrics.jsonl).
 *
 * @param trainLoss mean training MSE over the steps since the previous evaluation
 * @param evalMse MSE on the evaluation set
 * @param evalAccuracy share of the evaluation set whose output, thresholded at 0.5, is right
 * @param trainSetMse MSE on the fixed training inputs (restricted mode), else NaN
 */
public record BooleanStepMetrics(int step, double trainLoss, double evalMse, double evalAccuracy, double trainSetMse,
        double seconds) {}
