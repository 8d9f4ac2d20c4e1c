package raspc.runtime.run;


/**
 * A budget of optimizer steps instead of epochs (the sensitivity experiments' setup): training
 * runs in rounds of {@code evalEvery} steps, each followed by a validation, and with a
 * convergence threshold it ends (or, with {@code stopAtConvergence} false, only records) the
 * first round whose loss on the training data falls below it.
 *
 * @param convergenceLoss 0 for none
 */
public record StepBudget(int steps, int evalEvery, double convergenceLoss, boolean stopAtConvergence) {
    public StepBudget {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        if (evalEvery < 1) {
            throw new IllegalArgumentException("the evaluation interval must be at least 1 step, got " + evalEvery);
        }
        if (convergenceLoss < 0) {
            throw new IllegalArgumentException("the convergence threshold must be >= 0, got " + convergenceLoss);
        }
    }

    /** Rounds of evalEvery steps (the last one may be shorter). */
    public int rounds() {
        return (steps + evalEvery - 1) / evalEvery;
    }

    /** Steps in round {@code round} (from 0). */
    public int stepsIn(int round) {
        return Math.min(evalEvery, steps - round * evalEvery);
    }
}
