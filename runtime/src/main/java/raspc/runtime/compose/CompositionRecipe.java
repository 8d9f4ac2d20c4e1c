package raspc.runtime.compose;

import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.TaskOptions;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.train.TrainOptions;

/**
 * What a user may set for one composition run, as {@code train-compose} and a composition sweep
 * cell both take it: the model and the recipe of {@link CompositionTraining}, the step budget
 * (explicit, or epochs over the training documents) and the data sizes that override the
 * declaration's. The defaults are the reference's. One place turns them into the task's options
 * and the {@link TrainOptions}, so a sweep cell trains exactly as the command does.
 */
public final class CompositionRecipe {
    private CompositionTraining.Model model = CompositionTraining.Model.GPT;
    private int layers = CompositionData.LAYERS;
    private int heads = CompositionData.HEADS;
    private int dim = CompositionTraining.DIM;
    private int context = CompositionTraining.CONTEXT;
    private int batch = CompositionTraining.BATCH;
    private float learningRate = CompositionTraining.LEARNING_RATE;
    private float weightDecay = CompositionTraining.WEIGHT_DECAY;
    private Integer steps;
    private int epochs = 1;
    private int checkpoints = CompositionTraining.CHECKPOINTS;
    private int checkpointEval = CompositionTraining.CHECKPOINT_DOCUMENTS;
    private long seed = 1;
    private Integer trainSize;
    private Integer validSize;
    private Integer evalSize;
    private Long dataSeed;

    public CompositionRecipe model(CompositionTraining.Model v) { model = v; return this; }
    public CompositionRecipe layers(int v) { layers = v; return this; }
    public CompositionRecipe heads(int v) { heads = v; return this; }
    public CompositionRecipe dim(int v) { dim = v; return this; }
    public CompositionRecipe context(int v) { context = v; return this; }
    public CompositionRecipe batch(int v) { batch = v; return this; }
    public CompositionRecipe learningRate(float v) { learningRate = v; return this; }
    public CompositionRecipe weightDecay(float v) { weightDecay = v; return this; }
    /** Optimizer steps; null = {@link #epochs} passes over the training documents. */
    public CompositionRecipe steps(Integer v) { steps = v; return this; }
    public CompositionRecipe epochs(int v) { epochs = v; return this; }
    public CompositionRecipe checkpoints(int v) { checkpoints = v; return this; }
    /** Documents generated at each checkpoint; 0 = none. */
    public CompositionRecipe checkpointEval(int v) { checkpointEval = v; return this; }
    public CompositionRecipe seed(long v) { seed = v; return this; }
    /** Training documents; null = the declaration's. */
    public CompositionRecipe trainSize(Integer v) { trainSize = v; return this; }
    /** Validation and test documents; null = the declaration's. */
    public CompositionRecipe validSize(Integer v) { validSize = v; return this; }
    /** Documents per composition in the generation evaluation; null = the declaration's. */
    public CompositionRecipe evalSize(Integer v) { evalSize = v; return this; }
    /** Seed of the functions, split and documents; null = the declaration's. */
    public CompositionRecipe dataSeed(Long v) { dataSeed = v; return this; }

    public CompositionTraining.Model model() { return model; }
    public int layers() { return layers; }
    public int heads() { return heads; }
    public int dim() { return dim; }

    /** The overrides of the declaration's data settings (the evaluation size travels as the test size). */
    public TaskOptions data() {
        return new TaskOptions(dataSeed, trainSize, validSize, evalSize, null);
    }

    /** The step budget for {@code task}: the explicit steps, else epochs over its training documents. */
    public int budget(CompositionTask task) {
        return steps != null ? steps : CompositionTraining.steps(task.definition().trainDocuments(), batch, epochs);
    }

    /** Training options for {@code task} (resolved with {@link #data()}); the caller adds device and folders. */
    public TrainOptions options(CompositionTask task) {
        return CompositionTraining.options(model, layers, heads, dim, context, batch, learningRate, weightDecay,
                budget(task), checkpoints).checkpointGeneration(checkpointEval).seed(seed);
    }

    /** What {@code train --resume} needs to rebuild the task: its name, its file (null: a languages folder) and the data overrides. */
    public TaskRecord taskRecord(CompositionTask task, String file) {
        return TaskRecord.of(task.name(), file, data());
    }

    /** Checks a user could get wrong; an IllegalArgumentException names the setting. */
    public void check() {
        atLeast("steps", steps, 1);
        atLeast("train_size", trainSize, 1);
        atLeast("valid_size", validSize, 1);
        atLeast("eval_size", evalSize, 1);
        atLeast("checkpoint_eval", checkpointEval, 0);
        atLeast("layers", layers, 1);
        atLeast("heads", heads, 1);
        atLeast("dim", dim, 1);
        atLeast("batch", batch, 1);
        atLeast("epochs", epochs, 1);
        atLeast("checkpoints", checkpoints, 1);
        if (model == CompositionTraining.Model.GPT && dim % heads != 0) {
            throw new IllegalArgumentException("dim (" + dim + ") must be a multiple of heads (" + heads + ")");
        }
    }

    private static void atLeast(String name, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }
}
