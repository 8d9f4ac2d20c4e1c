package raspc.runtime.run;

/**
 * The decoder's AdamW recipe (nanoGPT's, as in the composition study): second-moment decay
 * {@code beta2}, clipping of the gradients' global norm, weight decay on matrices only (weights
 * and embeddings, not norms or biases), and a learning rate that warms up linearly from 0 over
 * {@code warmupSteps} and then follows a cosine from the base rate to {@code minLearningRate} at
 * {@code totalSteps}. Saved in config.json; null there means the plain per-epoch schedule.
 *
 * @param clipNorm 0 for no clipping
 */
public record OptimizerRecipe(float beta2, float clipNorm, boolean decayMatricesOnly, int warmupSteps,
        float minLearningRate, long totalSteps) {

    /** The reference's: betas (0.9, 0.95), clipping at 1.0, 200 warm-up steps, cosine to 6e-6. */
    public static OptimizerRecipe composition(long totalSteps) {
        return new OptimizerRecipe(0.95f, 1.0f, true, 200, 6e-6f, totalSteps);
    }

    public OptimizerRecipe {
        if (!(beta2 > 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in (0, 1), got " + beta2);
        }
        if (clipNorm < 0 || warmupSteps < 0 || minLearningRate < 0 || totalSteps < 1) {
            throw new IllegalArgumentException("clipping, warm-up and the minimum learning rate must be >= 0 and the steps >= 1");
        }
    }

    /**
     * The learning rate for the update after {@code stepsDone} steps (nanoGPT's
     * {@code update_cosine_warmup_lr}: step 0 of the warm-up has rate 0).
     */
    public float learningRateAt(float base, long stepsDone) {
        if (stepsDone < warmupSteps) {
            return base * stepsDone / warmupSteps;
        }
        double ratio = Math.min(1.0, (double) (stepsDone - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
        double coefficient = 0.5 * (1.0 + Math.cos(Math.PI * ratio));
        return (float) (minLearningRate + coefficient * (base - minLearningRate));
    }
}
