package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.TaskOptions;
import raspc.runtime.Counts;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.MatmulPrecision;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingSession;

/** {@code raspc train FILE|TASK}: train a transformer shaped by the program's plan, and check it. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train a transformer on a task and check it against the reference program.",
                "The shape (layers, heads) comes from the program's plan unless overridden; _with_attns tasks " +
                "supervise each planned head with its selector's pattern. Results go to runs/<task>/<run-id>/ " +
                "(config.json, model.params, metrics.jsonl, log.txt, report.json). Ctrl+C stops, evaluates the " +
                "best checkpoint and writes the report."},
        footer = {"", "Examples:", "  raspc train languages/sort_by_freq.rasp            # its default task, sort_by_freq_26",
                "  raspc train reverse_10 --max-length 8 --dim 64 --epochs 10",
                "  raspc train sort_10_bos_with_attns --train-size 5000 --device auto",
                "  raspc train --resume runs/reverse_10/20261122-101500-1 --epochs 20",
                "In the REPL:  train sort_by_freq_26 epochs=3"})
public final class TrainCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Spec
    private CommandSpec spec;

    /** The options of train-compose / train-matrix, for a composition or matrix task; refused for any other. */
    @Unmatched
    private java.util.List<String> studyOptions = new java.util.ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|TASK", description = "A task name or a .rasp file (its first task's default variant).")
    private String task;

    @Mixin
    private FileTaskOption explicitTask;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue this run folder.")
    private Path resume;

    @Option(names = "--layers", paramLabel = "L", description = "Layers (default: the plan's).")
    private Integer layers;

    @Option(names = "--heads", paramLabel = "H", description = "Heads per layer (default: the plan's).")
    private Integer heads;

    @Option(names = "--dim", defaultValue = "128", paramLabel = "D", description = "Model width (default: ${DEFAULT-VALUE}).")
    private int dim;

    @Option(names = "--ff", paramLabel = "F", description = "Feed-forward width (default: 2 x dim).")
    private Integer ff;

    @Option(names = "--dropout", defaultValue = "0", paramLabel = "P", description = "Dropout (default: ${DEFAULT-VALUE}).")
    private float dropout;

    @Option(names = "--positions", defaultValue = "SINUSOIDAL", paramLabel = "KIND", description = "sinusoidal (added, any length), learned (an added table, up to the training length) or learned_concat (token and position embeddings of width d/2 side by side, as in the sensitivity experiments) (default: ${DEFAULT-VALUE}).")
    private PositionEncoding positions;

    @Option(names = "--pre-ln", description = "Layer norm before each sublayer instead of after (post-LN, the default).")
    private boolean preLn;

    @Option(names = "--readout-loss", defaultValue = "MSE", paramLabel = "LOSS", description = "Boolean tasks: mse or cross_entropy (default: ${DEFAULT-VALUE}).")
    private ReadoutLoss readoutLoss;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs (default: 50; with --resume: the run's).")
    private Integer epochs;

    @Option(names = "--batch", defaultValue = "50", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--batch-tokens", paramLabel = "N",
            description = "Cut each epoch's batches by a token budget instead: as many samples of similar length as fit"
                    + " in N tokens (samples x longest), so short sequences come many to a batch (default: --batch samples).")
    private Integer batchTokens;

    @Option(names = "--lr", defaultValue = "3e-4", paramLabel = "X", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    private float lr;

    @Option(names = "--lr-decay", defaultValue = "0.98", paramLabel = "G", description = "Per-epoch learning-rate factor (default: ${DEFAULT-VALUE}).")
    private float lrDecay;

    @Option(names = "--optimizer", defaultValue = "ADAM", paramLabel = "OPT", description = "adam or adamw (default: ${DEFAULT-VALUE}).")
    private OptimizerKind optimizer;

    @Option(names = "--weight-decay", paramLabel = "W", description = "Weight decay (AdamW).")
    private Float weightDecay;

    @Option(names = "--attn-weight", paramLabel = "W", description = "Weight of the attention-supervision loss (default: 100 for _with_attns tasks, else 0).")
    private Float attnWeight;

    @Option(names = "--train-size", paramLabel = "N", description = "Training samples (default: the task's, 50000).")
    private Integer trainSize;

    @Option(names = "--valid-size", paramLabel = "N", description = "Validation samples (default: the task's, 1000).")
    private Integer validSize;

    @Option(names = "--test-size", paramLabel = "N", description = "Test samples (default: the task's, 1000).")
    private Integer testSize;

    @Option(names = "--max-length", paramLabel = "M", description = "Longest input (default: the task's, 100).")
    private Integer maxLength;

    @Option(names = "--data-seed", paramLabel = "S", description = "Seed of the task's data (default: the task's own).")
    private Long dataSeed;

    @Option(names = "--deterministic", description = "The same numbers on every x86 CPU (MKL_CBWR=COMPATIBLE, set by ./raspc), at about half the speed; by default runs are identical on one machine.")
    private boolean deterministic;

    @Option(names = "--bf16", description = "Matrix products with bfloat16 inputs and float32 accumulation (fast on CPUs with AVX-512 BF16 or AMX); weights, gradients and the rest stay float32. Changes the numbers, so off by default.")
    private boolean bf16;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of initialisation and batch order (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private EngineOptions engine;

    @Mixin
    private RunFolderOptions runFolder;

    @Mixin
    private StepLossOption stepLosses;


    public TrainCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        TaskOptions data = new TaskOptions(dataSeed, trainSize, validSize, testSize, maxLength);
        LabelledTask labelled = null;
        if (resume == null && task != null) {
            OptionChecks.trainData(trainSize, validSize, testSize, maxLength);
            OptionChecks.atLeast("--batch-tokens", batchTokens, 1);
            // the other kinds' commands find the task again, and print its file's warnings then
            switch (TaskArgument.find(root, task, explicitTask.name(), data, found -> found instanceof LabelledTask)) {
                case MatrixTask m -> {
                    return trainWith("train-matrix", "matrix-completion");
                }
                case CompositionTask c -> {
                    return trainWith("train-compose", "composition");
                }
                case ScratchpadTask p -> {
                    return trainWith("train-boolean", "scratchpad parity");
                }
                case LabelledTask t -> labelled = t;
            }
        }
        if (deterministic && !"COMPATIBLE".equals(System.getenv("MKL_CBWR"))) {
            throw new UserError("--deterministic needs MKL_CBWR=COMPATIBLE before raspc starts (MKL reads it when it"
                    + " loads): run raspc through the ./raspc launcher, which sets it, or export MKL_CBWR=COMPATIBLE");
        }
        DeviceChoice choice = engine.start();
        // process-wide: set for every run, so that a REPL session's earlier --bf16 does not linger
        (bf16 ? MatmulPrecision.BF16 : MatmulPrecision.FLOAT32).apply();
        TrainResult result;
        if (resume != null) {
            refuseStudyOptions();
            ResumeOptions.check(spec.commandLine().getParseResult());
            java.nio.file.Path dir = RunTasks.runDir(root.io(), resume);
            TaskData taskData = RunTasks.toResume(root, dir, task);
            result = TrainingSession.resume(dir, taskData, choice, epochs, true, 200, ConsoleProgress.forStandardOutput());
        } else {
            if (task == null) {
                throw new UserError("name a task or a .rasp file to train on (or --resume RUN)");
            }
            refuseStudyOptions();
            EncodedTaskData taskData = new EncodedTaskData(labelled);
            root.out().println("training " + taskData.name() + ": " + shape(taskData) + " on " + engine.deviceText());
            root.out().flush();
            String file = task.endsWith(".rasp") ? root.io().resolve(Path.of(task)).toAbsolutePath().normalize().toString() : null;
            result = TrainingSession.train(taskData, options(choice).taskRecord(TaskRecord.of(taskData.name(), file, data)),
                    ConsoleProgress.forStandardOutput());
        }
        Path curves = raspc.runtime.draw.RunCurves.write(result.runDir());
        root.out().println(ReportFormatter.summary(result.report()));
        root.out().println("curves: " + root.io().workingDir().relativize(curves.toAbsolutePath()));
        root.out().println("run folder: " + root.io().workingDir().relativize(result.runDir().toAbsolutePath()));
        root.out().flush();
        // like any Unix tool stopped by Ctrl+C, but only after the report and curves are written
        return result.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }

    /**
     * A composition or matrix task trains with its study's model and recipe: the same command
     * line runs as {@code train-compose} / {@code train-matrix} (an option only {@code train}
     * knows is refused there, by name).
     */
    private void refuseStudyOptions() {
        if (!studyOptions.isEmpty()) {
            throw new UserError("train: unknown option or argument '" + studyOptions.get(0) + "' (see raspc train --help)");
        }
    }

    private int trainWith(String command, String kind) {
        java.util.List<String> args = new java.util.ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        args.set(args.indexOf(spec.name()), command);
        root.out().println(task + " is a " + kind + " task: running raspc " + command);
        root.out().flush();
        return spec.root().commandLine().execute(args.toArray(String[]::new));
    }

    private String shape(EncodedTaskData t) {
        int l = layers != null ? layers : t.plannedLayers();
        int h = heads != null ? heads : t.plannedHeads();
        String planned = layers == null && heads == null ? " (the program's plan)" : "";
        return Counts.of(l, "layer") + " x " + Counts.of(h, "head") + planned + ", d = " + dim
                + (t.supervisedHeads().isEmpty() ? "" : ", " + Counts.of(t.supervisedHeads().size(), "supervised head"));
    }

    private TrainOptions options(DeviceChoice choice) {
        TrainOptions o = new TrainOptions().layers(layers).heads(heads).dim(dim).ff(ff).dropout(dropout)
                .positions(positions).norm(preLn ? NormPlacement.PRE : NormPlacement.POST).readoutLoss(readoutLoss)
                .batchSize(batch).learningRate(lr).lrDecay(lrDecay).optimizer(optimizer).weightDecay(weightDecay)
                .attnWeight(attnWeight).seed(seed).device(choice).runsRoot(runFolder.runsRoot(root.io())).runId(runFolder.runId());
        if (epochs != null) {
            o.epochs(epochs);
        }
        if (batchTokens != null) {
            o.batchTokens(batchTokens);
        }
        return stepLosses.applyTo(o);
    }
}
