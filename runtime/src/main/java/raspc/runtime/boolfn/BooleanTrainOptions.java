package raspc.runtime.boolfn;

import java.nio.file.Path;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.engine.DeviceChoice;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.StepBudget;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.train.TrainOptions;

/**
 * What the user may set for Boolean-function training; the defaults are the paper's: d = 128,
 * 2 layers, 2 heads, FFN width d, batch 1024, AdamW lr 3e-4 weight decay 0.1, 10,000 steps,
 * converged when the evaluation MSE is below 0.001.
 */
public final class BooleanTrainOptions {
    private int dim = 128;
    private int layers = 2;
    private int heads = 2;
    private Integer ff;
    private int steps = 10_000;
    private int batchSize = 1024;
    private float learningRate = 3e-4f;
    private float weightDecay = 0.1f;
    private long seed = 1;
    private int trainInputs = 0;
    private int evalEvery = 100;
    private int evalInputs = 4096;
    private double convergenceMse = 1e-3;
    private boolean stopAtConvergence = true;
    private boolean snapshots;
    private Path runsRoot = Path.of("runs");
    private String runId;

    public BooleanTrainOptions dim(int v) { dim = v; return this; }
    public BooleanTrainOptions layers(int v) { layers = v; return this; }
    public BooleanTrainOptions heads(int v) { heads = v; return this; }
    /** Feed-forward width; null = d (the paper's). */
    public BooleanTrainOptions ff(Integer v) { ff = v; return this; }
    public BooleanTrainOptions steps(int v) { steps = v; return this; }
    public BooleanTrainOptions batchSize(int v) { batchSize = v; return this; }
    public BooleanTrainOptions learningRate(float v) { learningRate = v; return this; }
    public BooleanTrainOptions weightDecay(float v) { weightDecay = v; return this; }
    public BooleanTrainOptions seed(long v) { seed = v; return this; }
    /** 0 = online (fresh inputs every step); k > 0 = k fixed inputs sampled once. */
    public BooleanTrainOptions trainInputs(int v) { trainInputs = v; return this; }
    public BooleanTrainOptions evalEvery(int v) { evalEvery = v; return this; }
    public BooleanTrainOptions evalInputs(int v) { evalInputs = v; return this; }
    public BooleanTrainOptions convergenceMse(double v) { convergenceMse = v; return this; }
    /** Whether to stop at the first converged evaluation (default) or use the whole step budget. */
    public BooleanTrainOptions stopAtConvergence(boolean v) { stopAtConvergence = v; return this; }
    /** Keep the parameters after every evaluation in snapshots/ (for the training-dynamics analysis). */
    public BooleanTrainOptions snapshots(boolean v) { snapshots = v; return this; }
    public BooleanTrainOptions runsRoot(Path v) { runsRoot = v; return this; }
    /** null = a timestamp. */
    public BooleanTrainOptions runId(String v) { runId = v; return this; }

    public Path runsRoot() { return runsRoot; }
    public String runId() { return runId; }
    public long seed() { return seed; }

    /** IllegalArgumentException naming the first setting that cannot train a function of n bits. */
    public void check(int n) {
        require(n >= 1 && n <= 62, "a Boolean task needs 1 to 62 input bits, got " + n);
        require(steps >= 1, "steps must be at least 1, got " + steps);
        require(batchSize >= 1, "the batch size must be >= 1, got " + batchSize);
        require(learningRate > 0, "the learning rate must be > 0, got " + learningRate);
        require(weightDecay >= 0, "the weight decay must be >= 0, got " + weightDecay);
        require(trainInputs >= 0, "the number of fixed training inputs must be >= 0, got " + trainInputs);
        require(n >= 62 || trainInputs <= (1L << n), trainInputs + " fixed training inputs are more than the 2^" + n
                + " distinct inputs");
        require(evalEvery >= 1, "the evaluation interval must be >= 1, got " + evalEvery);
        require(evalInputs >= 1, "the evaluation set needs at least 1 input, got " + evalInputs);
        require(convergenceMse > 0, "the convergence threshold must be > 0, got " + convergenceMse);
    }

    /** The function as the trainer's task: evaluation set, fresh or fixed training inputs. */
    public BooleanTaskData data(BooleanFunction f) {
        check(f.n());
        return new BooleanTaskData(f, trainInputs, evalInputs, seed, layers, heads);
    }

    /** What task.json records of this sample source, so that {@code train --resume} rebuilds it. */
    public TaskRecord taskRecord(BooleanFunction f) {
        return TaskRecord.online(f.name(), new TaskRecord.Online(trainInputs, evalInputs));
    }

    /**
     * The function's sample source as a run recorded it: the seed is the run's training seed and
     * the shape its model's.
     */
    public static BooleanTaskData dataOfRun(BooleanFunction f, RunConfig config, TaskRecord.Online online) {
        return new BooleanTaskData(f, online.trainInputs(), online.evalInputs(), config.train().seed(),
                config.model().layers(), config.model().heads());
    }

    /**
     * The one trainer's options for these settings: the paper's model (token and position
     * embeddings of d/2 side by side, post-LN, FFN width d, a scalar readout at the last position
     * on MSE), AdamW without learning-rate decay, and a step budget that evaluates every
     * {@code evalEvery} steps and stops at convergence. No plateau restores: the paper trains on.
     */
    public TrainOptions trainOptions(DeviceChoice device) {
        return new TrainOptions().layers(layers).heads(heads).dim(dim).ff(ff != null ? ff : dim)
                .positions(PositionEncoding.LEARNED_CONCAT).norm(NormPlacement.POST).readoutLoss(ReadoutLoss.MSE)
                .batchSize(batchSize).learningRate(learningRate).lrDecay(1f).optimizer(OptimizerKind.ADAMW)
                .weightDecay(weightDecay).attnWeight(0f).seed(seed).patience(Integer.MAX_VALUE).device(device)
                .runsRoot(runsRoot).runId(runId).lengthGeneralisationSamples(0).snapshots(snapshots)
                .stepBudget(new StepBudget(steps, evalEvery, convergenceMse, stopAtConvergence));
    }

    /** The scratchpad parity task as the trainer's data: fresh inputs every step, the same evaluation set. */
    public ScratchpadData data(ScratchpadTask task) {
        check(task.n());
        require(trainInputs == 0, task.name() + " trains on fresh inputs every step; fixed training inputs are not offered for it");
        return new ScratchpadData(task, evalInputs, seed, layers, heads);
    }

    /** What task.json records of a scratchpad run's sample source. */
    public TaskRecord taskRecord(ScratchpadTask task) {
        return TaskRecord.online(task.name(), new TaskRecord.Online(0, evalInputs));
    }

    /** A scratchpad run's sample source as the run recorded it (seed and shape from its config). */
    public static ScratchpadData dataOfRun(ScratchpadTask task, RunConfig config, TaskRecord.Online online) {
        return new ScratchpadData(task, online.evalInputs(), config.train().seed(), config.model().layers(),
                config.model().heads());
    }

    /**
     * The one trainer's options for a scratchpad task: the composition study's decoder (GPT:
     * causal, pre-LN, learned positions, GELU MLP of width 4d unless {@code ff} says otherwise,
     * tied embeddings) with these settings' optimizer, batch and step budget, so that only the
     * model differs from a Boolean run. The budget's threshold is then on the evaluation set's
     * cross-entropy of the answer tokens (the decoder's loss) instead of the MSE.
     */
    public TrainOptions decoderOptions(DeviceChoice device) {
        return trainOptions(device).architecture(Architecture.GPT).causal(true).norm(NormPlacement.PRE)
                .positions(PositionEncoding.LEARNED).ff(ff != null ? ff : 4 * dim).checkpointGeneration(0);
    }

    /** The model the trainer builds for a function of n bits with these settings. */
    public ModelConfig modelConfig(int n) {
        BooleanTaskData shape = new BooleanTaskData(BooleanFunction.of("bits_" + n, n, x -> false), 0, 1, seed, layers,
                heads);
        return trainOptions(DeviceChoice.CPU).modelConfig(shape);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
