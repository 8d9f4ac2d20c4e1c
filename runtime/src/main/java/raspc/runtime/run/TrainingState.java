package raspc.runtime.run;

/**
 * Where training stands after a completed epoch; saved in the resume checkpoint.
 *
 * @param epochsDone completed epochs
 * @param step optimizer updates so far
 * @param bestValidLoss lowest validation loss so far (infinite before the first epoch)
 * @param bestEpoch epoch (from 1) of model.params, 0 if none yet
 * @param sinceImprovement epochs since the validation loss last improved
 * @param perfectStreak consecutive epochs at validation accuracy 1.0
 * @param finished whether training ended on its own (early stop or all epochs)
 * @param convergedStep the step after which the loss first met a step budget's convergence
 *     threshold; 0 while it has not
 */
public record TrainingState(int epochsDone, long step, double bestValidLoss, int bestEpoch, int sinceImprovement,
        int perfectStreak, boolean finished, long convergedStep) {

    public static TrainingState initial() {
        return new TrainingState(0, 0, Double.POSITIVE_INFINITY, 0, 0, 0, false, 0);
    }

    public TrainingState finishedNow() {
        return new TrainingState(epochsDone, step, bestValidLoss, bestEpoch, sinceImprovement, perfectStreak, true,
                convergedStep);
    }

    public TrainingState withSinceImprovement(int epochs) {
        return new TrainingState(epochsDone, step, bestValidLoss, bestEpoch, epochs, perfectStreak, finished,
                convergedStep);
    }

    /** Ready to train further after a finished run was given a larger budget. */
    public TrainingState reopened() {
        return new TrainingState(epochsDone, step, bestValidLoss, bestEpoch, sinceImprovement, 0, false, convergedStep);
    }
}
