package raspc.runtime.boolfn;

import raspc.runtime.model.ModelConfig;

/**
 * boolean-run.json: everything needed to rebuild a Boolean-function model and to say how it was
 * trained.
 *
 * @param task the function's task name, e.g. {@code parity_12} (resolved by the task registry)
 * @param n input bits (= sequence length)
 * @param trainInputs 0 for online training (fresh inputs every step), else the number of fixed
 *     training inputs sampled once
 * @param evalEvery steps between evaluations (and convergence checks)
 * @param evalInputs size of the fixed evaluation set (all 2^n inputs when that is no more)
 * @param stopAtConvergence whether training ends at the first converged evaluation
 */
public record BooleanRunConfig(
        int formatVersion,
        String task,
        int n,
        ModelConfig model,
        int steps,
        int batchSize,
        float learningRate,
        float weightDecay,
        long seed,
        int trainInputs,
        int evalEvery,
        int evalInputs,
        double convergenceMse,
        boolean stopAtConvergence,
        String device,
        String createdAt) {

    public static final int FORMAT_VERSION = 1;

    public boolean online() {
        return trainInputs == 0;
    }
}
