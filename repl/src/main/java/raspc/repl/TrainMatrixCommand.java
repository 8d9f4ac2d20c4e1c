package raspc.repl;

import ai.djl.Device;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.Counts;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.matrix.EntryErrors;
import raspc.runtime.model.Architecture;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingSession;

/** {@code raspc train-matrix TASK}: the matrix-completion study's training on the one trainer. */
@Command(name = "train-matrix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train a BERT-style masked regressor on low-rank matrix completion (Gopalani et al. 2024).",
                "Fresh n x n matrices U V^T (U, V uniform in [-1, 1]) every step, each entry masked with probability p, " +
                "values as tokens at 0.01 precision plus MASK; learned absolute positions, post-LN, no dropout, a " +
                "linear readout to one value per entry, MSE on every entry, Adam at a constant rate. Keeps a snapshot " +
                "after every --eval-every steps for `raspc matrix-study`. The run folder is train's (config.json, " +
                "model.params, metrics.jsonl, report.json, curves.png) plus snapshots/."},
        footer = {"", "Examples:", "  raspc train-matrix matrix_5_rank1_p30 --steps 3000",
                "  raspc train-matrix matrix_7_rank2_p30 --dim 128 --layers 4 --heads 8 --steps 20000 --study",
                "In the REPL:  train-matrix matrix_5_rank1_p30 steps=1000"})
public final class TrainMatrixCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A matrix task: matrix_<n>_rank<r>_p<percent masked>.")
    private String task;

    @Option(names = "--steps", defaultValue = "3000", paramLabel = "N", description = "Step budget (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--lr", defaultValue = "1e-3", paramLabel = "X", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    private float lr;

    @Option(names = "--dim", defaultValue = "64", paramLabel = "D", description = "Model width d; FFN 4d (default: ${DEFAULT-VALUE}).")
    private int dim;

    @Option(names = "--layers", defaultValue = "2", paramLabel = "L", description = "Layers (default: ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--heads", defaultValue = "4", paramLabel = "H", description = "Heads per layer (default: ${DEFAULT-VALUE}).")
    private int heads;

    @Option(names = "--architecture", defaultValue = "BERT", paramLabel = "A",
            description = "BERT: the reference's blocks (GELU, a norm over the embeddings, N(0, 0.02) weights); "
                    + "ENCODER: the RASP experiments' (ReLU, Glorot weights, N(0, 1) embeddings) (default: ${DEFAULT-VALUE}).")
    private Architecture architecture;

    @Option(names = "--eval-every", defaultValue = "100", paramLabel = "N",
            description = "Steps between evaluations and snapshots (default: ${DEFAULT-VALUE}).")
    private int evalEvery;

    @Option(names = "--eval-matrices", defaultValue = "256", paramLabel = "N", description = "Matrices per evaluation split (default: ${DEFAULT-VALUE}).")
    private int evalMatrices;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of initialisation and matrices (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private RunFolderOptions runFolder;

    @Mixin
    private StepLossOption stepLosses;

    @Option(names = "--study", description = "Run `raspc matrix-study` on the result.")
    private boolean study;

    public TrainMatrixCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        OptionChecks.atLeast("--steps", steps, 1);
        MatrixTask t = MatrixTask.parse(task);
        MatrixTrainOptions options = new MatrixTrainOptions().architecture(architecture).dim(dim).layers(layers).heads(heads)
                .steps(steps)
                .batchSize(batch).learningRate(lr).seed(seed).evalEvery(evalEvery).evalMatrices(evalMatrices)
                .runsRoot(runFolder.runsRoot(root.io())).runId(runFolder.runId());
        MatrixTaskData data;
        try {
            data = options.data(t);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        root.out().println("training " + t.name() + " (d=" + dim + ", " + Counts.of(layers, "layer") + ", "
                + Counts.of(heads, "head") + ", batch " + batch + ", lr " + lr + ", " + steps + " steps)");
        root.out().flush();
        TrainResult result = TrainingSession.train(data, stepLosses.applyTo(options.trainOptions(DeviceChoice.CPU).taskRecord(options.taskRecord(t))),
                ConsoleProgress.forStandardOutput());
        RunFolder folder = RunFolder.open(result.runDir());
        raspc.runtime.draw.RunCurves.write(folder.dir());
        EntryErrors test;
        try (TrainedModel trained = TrainedModel.create(folder.readConfig(), Device.cpu())) {
            folder.readModel(trained);
            test = new MatrixPredictor(trained, data).errors(data.matrices("test"));
        }
        root.out().println(String.format(Locale.ROOT,
                "model.params (best validation loss) on %d test matrices: masked MSE %.2e, observed MSE %.2e, all %.2e",
                evalMatrices, test.masked(), test.observed(), test.all()));
        if (study) {
            root.out().print(MatrixStudyCommand.study(root, folder));
        }
        root.out().println("run folder: " + root.io().workingDir().relativize(folder.dir().toAbsolutePath()));
        root.out().flush();
        return result.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
}
