package raspc.runtime.matrix;

import java.nio.file.Path;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.StepBudget;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.train.TrainOptions;

/**
 * The matrix-completion training setup: the reference's BERT ({@code Architecture.BERT}: learned
 * absolute positions added to the token embeddings and normalised, post-LN, GELU, N(0, 0.02)
 * weights, no token types, no dropout; {@code ENCODER} is the alternative) with a linear
 * readout to one value per position, MSE on every entry, Adam at a constant learning rate, fresh
 * matrices every step. The reference is 4 layers x 8 heads, width 768, lr 1e-4, batch 256, 50,000
 * steps; the defaults here are a CPU-sized model (2 layers x 4 heads, width 64, lr 1e-3, batch 64).
 */
public final class MatrixTrainOptions {
    private int dim = 64;
    private int layers = 2;
    private int heads = 4;
    private int steps = 3000;
    private int batchSize = 64;
    private float learningRate = 1e-3f;
    private long seed = 1;
    private Architecture architecture = Architecture.BERT;
    private int evalEvery = 100;
    private int evalMatrices = 256;
    private boolean snapshots = true;
    private Path runsRoot = Path.of("runs");
    private String runId;

    public MatrixTrainOptions dim(int v) { dim = v; return this; }
    public MatrixTrainOptions layers(int v) { layers = v; return this; }
    public MatrixTrainOptions heads(int v) { heads = v; return this; }
    public MatrixTrainOptions steps(int v) { steps = v; return this; }
    public MatrixTrainOptions batchSize(int v) { batchSize = v; return this; }
    public MatrixTrainOptions learningRate(float v) { learningRate = v; return this; }
    public MatrixTrainOptions seed(long v) { seed = v; return this; }
    /** BERT (the reference's blocks and initialisation, the default) or ENCODER (the RASP experiments'). */
    public MatrixTrainOptions architecture(Architecture v) { architecture = v; return this; }
    public MatrixTrainOptions evalEvery(int v) { evalEvery = v; return this; }
    public MatrixTrainOptions evalMatrices(int v) { evalMatrices = v; return this; }
    /** Keep the parameters after every evaluation round (default on: the analyses need them). */
    public MatrixTrainOptions snapshots(boolean v) { snapshots = v; return this; }
    public MatrixTrainOptions runsRoot(Path v) { runsRoot = v; return this; }
    public MatrixTrainOptions runId(String v) { runId = v; return this; }

    /** The task as the trainer's data; IllegalArgumentException naming a setting that cannot work. */
    public MatrixTaskData data(MatrixTask task) {
        require(steps >= 1, "steps must be at least 1, got " + steps);
        require(batchSize >= 1, "the batch size must be >= 1, got " + batchSize);
        require(learningRate > 0, "the learning rate must be > 0, got " + learningRate);
        require(evalEvery >= 1, "the evaluation interval must be >= 1, got " + evalEvery);
        require(architecture != Architecture.GPT, "the matrix model is an encoder: BERT or ENCODER, not GPT");
        return new MatrixTaskData(task, evalMatrices, seed, layers, heads);
    }

    /**
     * What task.json records of the matrix stream, so that {@code train --resume} rebuilds it: the
     * training matrices are drawn fresh (no fixed inputs) and each evaluation split has
     * {@code evalMatrices}; the seed and the shape are in config.json.
     */
    public TaskRecord taskRecord(MatrixTask task) {
        return TaskRecord.online(task.name(), new TaskRecord.Online(0, evalMatrices));
    }

    /** The matrix stream of a run: its task, training seed and model shape, with evaluation splits of {@code evalMatrices}. */
    public static MatrixTaskData dataOfRun(RunConfig config, int evalMatrices) {
        return new MatrixTaskData(MatrixTask.parse(config.task()), evalMatrices, config.train().seed(),
                config.model().layers(), config.model().heads());
    }

    /** The one trainer's options: no decay, no plateau restores, no early stop (the drop comes after a plateau). */
    public TrainOptions trainOptions(DeviceChoice device) {
        return new TrainOptions().architecture(architecture).layers(layers).heads(heads).dim(dim).ff(4 * dim).dropout(0f)
                .positions(PositionEncoding.LEARNED).norm(NormPlacement.POST).batchSize(batchSize)
                .learningRate(learningRate).lrDecay(1f).optimizer(OptimizerKind.ADAM).attnWeight(0f).seed(seed)
                .patience(Integer.MAX_VALUE).device(device).runsRoot(runsRoot).runId(runId)
                .lengthGeneralisationSamples(0).snapshots(snapshots)
                .stepBudget(new StepBudget(steps, evalEvery, 0, false));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
