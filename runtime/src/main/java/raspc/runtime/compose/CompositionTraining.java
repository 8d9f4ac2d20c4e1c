package raspc.runtime.compose;

import raspc.runtime.model.Architecture;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.StepBudget;
import raspc.runtime.train.TrainOptions;

/**
 * The composition study's training setup on the one training loop: a GPT decoder (causal,
 * pre-LN, learned positions, GELU MLP of width 4d, tied embeddings, no biases, final layer norm)
 * trained with next-token cross-entropy and nanoGPT's AdamW recipe for a budget of steps, one
 * epoch's worth (documents / batch) by default, validated at {@code checkpoints} evenly spaced
 * points (the reference evaluates 20 checkpoints), each also scoring greedy generation on
 * {@link #CHECKPOINT_DOCUMENTS} documents so that accuracy can be followed over training. Batches are drawn with replacement from the
 * training documents, where the reference walks one shuffled epoch. The LSTM baseline the paper
 * compares with ({@link Architecture#LSTM}) trains on the same data with the same recipe and is
 * scored by the same generation.
 */
public final class CompositionTraining {
    /** The reference's: width 120, batch 16, lr 3e-4, weight decay 0.1, context 50, 20 checkpoints. */
    public static final int DIM = 120;
    public static final int BATCH = 16;
    public static final float LEARNING_RATE = 3e-4f;
    public static final float WEIGHT_DECAY = 0.1f;
    public static final int CONTEXT = 50;
    public static final int CHECKPOINTS = 20;
    /** Documents generated at every checkpoint (half seen, half unseen compositions); the report generates all. */
    public static final int CHECKPOINT_DOCUMENTS = 128;

    private CompositionTraining() {}

    /** Steps of {@code epochs} passes over {@code documents} at batch size {@code batch}. */
    public static int steps(int documents, int batch, int epochs) {
        return Math.max(1, (documents + batch - 1) / batch) * Math.max(1, epochs);
    }

    /** The models train-compose offers: the GPT decoder and the LSTM baseline. */
    public enum Model {
        GPT(Architecture.GPT), LSTM(Architecture.LSTM);

        private final Architecture architecture;

        Model(Architecture architecture) {
            this.architecture = architecture;
        }

        public Architecture architecture() {
            return architecture;
        }
    }

    /** {@link #options} of the GPT decoder. */
    public static TrainOptions decoder(int layers, int heads, int dim, int context, int batch, float learningRate,
            float weightDecay, int steps, int checkpoints) {
        return options(Model.GPT, layers, heads, dim, context, batch, learningRate, weightDecay, steps, checkpoints);
    }

    /**
     * Options for a {@code model} of {@code layers} x {@code heads} (an LSTM: {@code layers}
     * recurrent layers, heads unused), width {@code dim}, trained for {@code steps} steps; the
     * caller adds seed, device and folders.
     */
    public static TrainOptions options(Model model, int layers, int heads, int dim, int context, int batch,
            float learningRate, float weightDecay, int steps, int checkpoints) {
        int evalEvery = Math.max(1, steps / Math.max(1, checkpoints));
        return new TrainOptions().architecture(model.architecture()).causal(true).norm(NormPlacement.PRE)
                .positions(PositionEncoding.LEARNED).layers(layers).heads(heads).dim(dim).ff(4 * dim).context(context)
                .batchSize(batch).learningRate(learningRate).optimizer(OptimizerKind.ADAMW).weightDecay(weightDecay)
                .recipe(OptimizerRecipe.composition(steps)).stepBudget(new StepBudget(steps, evalEvery, 0, false))
                // the best-validation weights are reported; restoring them mid-run is not part of the recipe
                .patience(Integer.MAX_VALUE).epochs(1).lengthGeneralisationSamples(0)
                .checkpointGeneration(CHECKPOINT_DOCUMENTS);
    }
}
