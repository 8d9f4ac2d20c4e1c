package raspc.runtime.run;


/**
 * The resolved training hyper-parameters, saved in config.json.
 *
 * @param lrDecay multiplied into the learning rate once per epoch
 * @param attnWeight weight of the attention-supervision MSE in the loss
 * @param patience epochs without a better validation loss before the best checkpoint is restored
 * @param perfectEpochs consecutive epochs at validation accuracy 1.0 that end training
 * @param stepBudget steps instead of epochs (then an "epoch" is a round of evaluation steps); null
 *     for the epoch budget
 * @param recipe the decoder's AdamW recipe (per-step warm-up and cosine, clipping, decay on
 *     matrices); null for the per-epoch decay of the RASP experiments
 * @param batchTokens when above 0, an epoch's batches are cut by this token budget (samples times
 *     longest sample) instead of {@code batchSize} samples; 0 (and in configs written before it
 *     existed) for the fixed batch size
 */
public record TrainConfig(
        int epochs,
        int batchSize,
        float learningRate,
        float lrDecay,
        OptimizerKind optimizer,
        float weightDecay,
        float attnWeight,
        long seed,
        int patience,
        int perfectEpochs,
        StepBudget stepBudget,
        OptimizerRecipe recipe,
        int batchTokens) {

    /** The plain schedule: a learning rate decaying by {@code lrDecay} per epoch. */
    public TrainConfig(int epochs, int batchSize, float learningRate, float lrDecay, OptimizerKind optimizer,
            float weightDecay, float attnWeight, long seed, int patience, int perfectEpochs, StepBudget stepBudget) {
        this(epochs, batchSize, learningRate, lrDecay, optimizer, weightDecay, attnWeight, seed, patience, perfectEpochs,
                stepBudget, null, 0);
    }

    public TrainConfig {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("the learning rate must be > 0, got " + learningRate);
        }
        if (!(lrDecay > 0 && lrDecay <= 1)) {
            throw new IllegalArgumentException("the learning-rate decay must be in (0, 1], got " + lrDecay);
        }
        if (weightDecay < 0 || attnWeight < 0) {
            throw new IllegalArgumentException("weight decay and attention weight must be >= 0");
        }
        if (patience < 1 || perfectEpochs < 1) {
            throw new IllegalArgumentException("patience and perfect-epochs must be >= 1");
        }
        if (batchTokens < 0) {
            throw new IllegalArgumentException("the batch token budget must be >= 1 (or 0 for the batch size), got " + batchTokens);
        }
        if (batchTokens > 0 && stepBudget != null) {
            throw new IllegalArgumentException("a batch token budget cuts an epoch's batches; with a step budget every step"
                    + " draws " + batchSize + " samples (use the batch size)");
        }
    }

    /** Rounds of training: epochs, or rounds of evaluation steps. */
    public int rounds() {
        return stepBudget != null ? stepBudget.rounds() : epochs;
    }

    /** Learning rate during epoch {@code epoch} (from 0); with a recipe, the rate at the round's start. */
    public float learningRateAt(int epoch) {
        if (recipe != null) {
            return recipe.learningRateAt(learningRate, stepBudget != null ? (long) epoch * stepBudget.evalEvery() : 0);
        }
        return (float) (learningRate * Math.pow(lrDecay, epoch));
    }

    /** Learning rate of the update after {@code stepsDone} steps in epoch {@code epoch}. */
    public float learningRateAt(int epoch, long stepsDone) {
        return recipe != null ? recipe.learningRateAt(learningRate, stepsDone) : learningRateAt(epoch);
    }

    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(newEpochs, batchSize, learningRate, lrDecay, optimizer, weightDecay, attnWeight, seed,
                patience, perfectEpochs, stepBudget, recipe, batchTokens);
    }
}
