package raspc.runtime.train;

import java.nio.file.Path;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.StepBudget;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.run.TrainConfig;

/**
 * What the user may set for a training run; everything has a default. Model shape defaults to
 * the task's plan (layers, heads) with d = 128 and a feed-forward width of 2d; training defaults
 * are those of the RASP experiments (Adam, lr 3e-4 decaying by 0.98 per epoch, batch 50, 50
 * epochs, attention weight 100 when heads are supervised).
 */
public final class TrainOptions {
    private Integer layers;
    private Integer heads;
    private int dim = 128;
    private Integer ff;
    private float dropout = 0f;
    private PositionEncoding positions = PositionEncoding.SINUSOIDAL;
    private NormPlacement norm = NormPlacement.POST;
    private boolean causal;
    private ReadoutLoss readoutLoss = ReadoutLoss.CROSS_ENTROPY;
    private int epochs = 50;
    private int batchSize = 50;
    private int batchTokens;
    private float learningRate = 3e-4f;
    private float lrDecay = 0.98f;
    private OptimizerKind optimizer = OptimizerKind.ADAM;
    private Float weightDecay;
    private Float attnWeight;
    private long seed = 1;
    private int patience = 10;
    private int perfectEpochs = 3;
    private DeviceChoice device = DeviceChoice.AUTO;
    private Path runsRoot = Path.of("runs");
    private Path runDir;
    private String runId;
    private int lengthGeneralisationSamples = 200;
    private boolean handleCtrlC = true;
    private StopRequest stopRequest;
    private StepBudget stepBudget;
    private TaskRecord taskRecord;
    private Architecture architecture = Architecture.ENCODER;
    private OptimizerRecipe recipe;
    private Integer context;
    private boolean snapshots;
    private int checkpointGeneration;
    private int logEvery;

    public TrainOptions layers(Integer v) { layers = v; return this; }
    public TrainOptions heads(Integer v) { heads = v; return this; }
    public TrainOptions dim(int v) { dim = v; return this; }
    /** Feed-forward width; null = 2 x dim. */
    public TrainOptions ff(Integer v) { ff = v; return this; }
    public TrainOptions dropout(float v) { dropout = v; return this; }
    public TrainOptions positions(PositionEncoding v) { positions = v; return this; }
    public TrainOptions norm(NormPlacement v) { norm = v; return this; }
    public TrainOptions causal(boolean v) { causal = v; return this; }
    public TrainOptions readoutLoss(ReadoutLoss v) { readoutLoss = v; return this; }
    public TrainOptions architecture(Architecture v) { architecture = v; return this; }
    /** The decoder's AdamW recipe (null: the per-epoch schedule). */
    public TrainOptions recipe(OptimizerRecipe v) { recipe = v; return this; }
    /** Positions the learned table covers (null: the task's longest input). */
    public TrainOptions context(Integer v) { context = v; return this; }
    public TrainOptions epochs(int v) { epochs = v; return this; }
    public TrainOptions batchSize(int v) { batchSize = v; return this; }
    /** Cut an epoch's batches by this many tokens (samples times longest) instead of the batch size; 0 = off. */
    public TrainOptions batchTokens(int v) { batchTokens = v; return this; }
    public TrainOptions learningRate(float v) { learningRate = v; return this; }
    public TrainOptions lrDecay(float v) { lrDecay = v; return this; }
    public TrainOptions optimizer(OptimizerKind v) { optimizer = v; return this; }
    /** null = 0 for Adam, 0.01 for AdamW. */
    public TrainOptions weightDecay(Float v) { weightDecay = v; return this; }
    /** null = 100 when the task supervises heads, else 0. */
    public TrainOptions attnWeight(Float v) { attnWeight = v; return this; }
    public TrainOptions seed(long v) { seed = v; return this; }
    public TrainOptions patience(int v) { patience = v; return this; }
    public TrainOptions perfectEpochs(int v) { perfectEpochs = v; return this; }
    public TrainOptions device(DeviceChoice v) { device = v; return this; }
    public TrainOptions runsRoot(Path v) { runsRoot = v; return this; }
    /** Exactly this folder for the run (sweeps' cells) instead of runsRoot/task/id. */
    public TrainOptions runDir(Path v) { runDir = v; return this; }
    /** null = a timestamp. */
    public TrainOptions runId(String v) { runId = v; return this; }
    /** Fresh longer samples for the report's length-generalisation block; 0 = skip it. */
    public TrainOptions lengthGeneralisationSamples(int v) { lengthGeneralisationSamples = v; return this; }
    /** Whether Ctrl+C stops training gracefully (on by default). */
    public TrainOptions handleCtrlC(boolean v) { handleCtrlC = v; return this; }

    /** Where the task came from, written to task.json with config.json (null: none). */
    public TrainOptions taskRecord(TaskRecord v) { taskRecord = v; return this; }
    /** Keep the parameters after every round in snapshots/ (for analyses before and after a drop). */
    public TrainOptions snapshots(boolean v) { snapshots = v; return this; }
    public boolean snapshots() { return snapshots; }
    /**
     * Documents generated after every round (half from groups seen in training, half unseen) for
     * tasks evaluated by generation; 0 = none (the final report always generates them all).
     */
    public TrainOptions checkpointGeneration(int documents) { checkpointGeneration = documents; return this; }
    public int checkpointGeneration() { return checkpointGeneration; }
    /** Log the training loss every {@code steps} optimizer steps into metrics.jsonl (for {@code raspc dynamics}); 0 = not. */
    public TrainOptions logEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("the logging interval must be >= 0 steps, got " + steps);
        }
        logEvery = steps;
        return this;
    }
    public int logEvery() { return logEvery; }
    public TaskRecord taskRecord() { return taskRecord; }
    /** Steps instead of epochs (null = the epoch budget). */
    public TrainOptions stepBudget(StepBudget v) { stepBudget = v; return this; }
    /** A request the caller can trigger to stop at the next batch (the REPL, tests); null = a new one. */
    public TrainOptions stopRequest(StopRequest v) { stopRequest = v; return this; }

    public DeviceChoice device() { return device; }
    public Path runsRoot() { return runsRoot; }
    public Path runDir() { return runDir; }
    public String runId() { return runId; }
    public int lengthGeneralisationSamples() { return lengthGeneralisationSamples; }
    public boolean handleCtrlC() { return handleCtrlC; }
    public StopRequest stopRequest() { return stopRequest != null ? stopRequest : new StopRequest(); }

    /** The model for this task with these options. */
    public ModelConfig modelConfig(TaskData task) {
        int l = layers != null ? layers : Math.max(1, task.plannedLayers());
        int h = heads != null ? heads : Math.max(1, task.plannedHeads());
        OutputKind output = task.outputKind();
        int longest = task.maxLength() + (task.hasBos() ? 1 : 0);
        if (context != null && context < longest) {
            throw new IllegalArgumentException("a context of " + context + " positions cannot hold the task's " + longest + " tokens");
        }
        int maxPositions = context != null ? context : longest;
        return new ModelConfig(task.inputVocab().size(), task.outputVocab().size(), l, h, dim, ff != null ? ff : 2 * dim,
                dropout, positions, norm, causal, output, readoutLoss, maxPositions, architecture);
    }

    public TrainConfig trainConfig(TaskData task) {
        float decay = weightDecay != null ? weightDecay : optimizer == OptimizerKind.ADAMW ? 0.01f : 0f;
        float attention = attnWeight != null ? attnWeight : task.supervisedHeads().isEmpty() ? 0f : 100f;
        return new TrainConfig(epochs, batchSize, learningRate, lrDecay, optimizer, decay, attention, seed, patience,
                perfectEpochs, stepBudget, recipe, batchTokens);
    }
}
