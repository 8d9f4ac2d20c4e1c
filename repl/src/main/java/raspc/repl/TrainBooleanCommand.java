package raspc.repl;

import ai.djl.Device;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.Counts;
import raspc.runtime.analysis.AnalysisOptions;
import raspc.runtime.analysis.AnalysisReport;
import raspc.runtime.analysis.Analyzer;
import raspc.runtime.analysis.ScratchpadAnalysis;
import raspc.runtime.boolfn.BooleanTaskData;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.eval.Report;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingSession;

/** {@code raspc train-boolean TASK}: the training setup of the sensitivity experiments. */
@Command(name = "train-boolean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train a transformer on a Boolean function as in Hahn & Rofin (2024).",
                "Fresh uniform random inputs every step (or --train-inputs K fixed ones), batch 1024, AdamW lr " +
                "3e-4 weight decay 0.1, a step budget, converged when the evaluation MSE < 0.001 (checked every " +
                "--eval-every steps; training stops there unless --full-budget). Model: token (d/2) + learned position (d/2) embeddings concatenated, post-LN encoder with FFN " +
                "width d, scalar readout at the last position, MSE on {0,1} targets. It is raspc train's one training loop " +
                "with a step budget and online inputs: the run folder runs/<task>/<run-id>/ is the same as train's " +
                "(config.json, model.params, resume.ckpt, metrics.jsonl, log.txt, report.json, curves.png), and check, " +
                "plot and train --resume work on it.",
                "parity_scratchpad_<n> and parity_direct_<n> train the same way on the composition study's causal decoder"
                + " (GPT, FFN width 4d unless --ff): PARITY written through its prefix parities, or directly, the loss on"
                + " the answer tokens only; converged when their evaluation cross-entropy is below --convergence-mse; the"
                + " report generates each answer greedily."},
        footer = {"", "Examples:", "  raspc train-boolean parity_10 --dim 32 --lr 1e-3 --steps 3000 --analyze",
                "  raspc train-boolean random_10 --train-inputs 256 --steps 5000",
                "  raspc train-boolean parity_scratchpad_16 --dim 64 --batch 128 --lr 1e-3 --convergence-mse 0.01",
                "In the REPL:  train-boolean majority_9 steps=2000 dim=32"})
public final class TrainBooleanCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A Boolean task: parity_12, majority_9, first_8, ...")
    private String task;

    @Option(names = "--steps", defaultValue = "10000", paramLabel = "N", description = "Step budget (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--batch", defaultValue = "1024", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--lr", defaultValue = "3e-4", paramLabel = "X", description = "AdamW learning rate (default: ${DEFAULT-VALUE}).")
    private float lr;

    @Option(names = "--weight-decay", defaultValue = "0.1", paramLabel = "W", description = "AdamW weight decay (default: ${DEFAULT-VALUE}).")
    private float weightDecay;

    @Option(names = "--dim", defaultValue = "128", paramLabel = "D", description = "Model width d (default: ${DEFAULT-VALUE}).")
    private int dim;

    @Option(names = "--layers", defaultValue = "2", paramLabel = "L", description = "Layers (default: ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--heads", defaultValue = "2", paramLabel = "H", description = "Heads per layer (default: ${DEFAULT-VALUE}).")
    private int heads;

    @Option(names = "--ff", paramLabel = "F", description = "Feed-forward width (default: d).")
    private Integer ff;

    @Option(names = "--train-inputs", defaultValue = "0", paramLabel = "K",
            description = "Train on K fixed inputs sampled once instead of fresh ones (default: online).")
    private int trainInputs;

    @Option(names = "--eval-every", defaultValue = "100", paramLabel = "N", description = "Steps between evaluations (default: ${DEFAULT-VALUE}).")
    private int evalEvery;

    @Option(names = "--eval-inputs", defaultValue = "4096", paramLabel = "N",
            description = "Evaluation set: all 2^n inputs when no more than N, else N random ones (default: ${DEFAULT-VALUE}).")
    private int evalInputs;

    @Option(names = "--convergence-mse", defaultValue = "0.001", paramLabel = "X", description = "Converged below this MSE (default: ${DEFAULT-VALUE}).")
    private double convergenceMse;

    @Option(names = "--full-budget", description = "Keep training after convergence until the step budget is spent.")
    private boolean fullBudget;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of initialisation and inputs (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private RunFolderOptions runFolder;

    @Mixin
    private StepLossOption stepLosses;

    @Option(names = "--snapshots", description = "Keep the parameters after every evaluation in snapshots/, for"
            + " `raspc boolean-dynamics`.")
    private boolean snapshots;

    @Option(names = "--analyze", description = "Run `raspc analyze` on the result (sensitivity, sharpness, blowup, norm).")
    private boolean analyze;

    public TrainBooleanCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        // the library allows 0 steps (an untrained model to analyse); from the command line it is a slip
        OptionChecks.atLeast("--steps", steps, 1);
        BooleanTrainOptions options = new BooleanTrainOptions().dim(dim).layers(layers).heads(heads).ff(ff).steps(steps)
                .batchSize(batch).learningRate(lr).weightDecay(weightDecay).seed(seed).trainInputs(trainInputs)
                .evalEvery(evalEvery).evalInputs(evalInputs).convergenceMse(convergenceMse).stopAtConvergence(!fullBudget)
                .snapshots(snapshots)
                .runsRoot(runFolder.runsRoot(root.io())).runId(runFolder.runId());
        if (ScratchpadTask.isScratchpadName(task)) {
            return trainScratchpad(ScratchpadTask.parse(task), options);
        }
        BooleanFunction f = BooleanTasks.resolve(root, task);
        BooleanTaskData data;
        try {
            data = options.data(f);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        announce(f.name(), trainInputs == 0 ? "online" : trainInputs + " fixed inputs");
        TrainResult result = TrainingSession.train(data,
                stepLosses.applyTo(options.trainOptions(DeviceChoice.CPU).taskRecord(options.taskRecord(f))),
                ConsoleProgress.forStandardOutput());
        Report r = result.report();
        SplitMetrics valid = r.splits().get("valid");
        root.out().println(String.format(Locale.ROOT, "%s after %d steps: eval MSE %.2e, accuracy %.4f (%.1f s, %.1f steps/s)",
                convergence(r), r.steps(), valid.loss(), valid.tokenAccuracy(), r.trainingSeconds(),
                r.steps() / Math.max(1e-9, r.trainingSeconds())));
        RunFolder folder = RunFolder.open(result.runDir());
        raspc.runtime.draw.RunCurves.write(folder.dir());
        if (analyze) {
            AnalysisReport report = Analyzer.analyze(folder, f, AnalysisOptions.defaults(), Device.cpu());
            root.out().print(report.toText());
        }
        return finish(result);
    }

    /** A scratchpad parity task: the same settings on the causal decoder, scored by generating the answer. */
    private int trainScratchpad(ScratchpadTask t, BooleanTrainOptions options) {
        ScratchpadData data;
        try {
            data = options.data(t);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        announce(t.name(), "online, decoder");
        TrainResult result = TrainingSession.train(data,
                stepLosses.applyTo(options.decoderOptions(DeviceChoice.CPU).taskRecord(options.taskRecord(t))),
                ConsoleProgress.forStandardOutput());
        Report r = result.report();
        root.out().println(String.format(Locale.ROOT,
                "%s after %d steps: eval loss %.2e, final answer accuracy %.4f by generation (%.1f s, %.1f steps/s)",
                convergence(r), r.steps(), r.splits().get("valid").loss(), r.compositions().seen().tokenAccuracy(),
                r.trainingSeconds(), r.steps() / Math.max(1e-9, r.trainingSeconds())));
        RunFolder folder = RunFolder.open(result.runDir());
        raspc.runtime.draw.RunCurves.write(folder.dir());
        if (analyze) {
            root.out().print(ScratchpadAnalysis.analyze(folder, t, AnalysisOptions.defaults(), Device.cpu()).toText());
        }
        return finish(result);
    }

    private void announce(String name, String source) {
        root.out().println("training " + name + " (d=" + dim + ", " + Counts.of(layers, "layer") + ", "
                + Counts.of(heads, "head") + ", " + source + ", up to " + steps + " steps)");
        root.out().flush();
    }

    private static String convergence(Report r) {
        return r.convergedStep() > 0 ? "converged at step " + r.convergedStep() : "did not converge";
    }

    private int finish(TrainResult result) {
        root.out().println("run folder: " + root.io().workingDir().relativize(result.runDir().toAbsolutePath()));
        root.out().flush();
        // like any Unix tool stopped by Ctrl+C, after the report of the saved weights is written
        return result.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
}
