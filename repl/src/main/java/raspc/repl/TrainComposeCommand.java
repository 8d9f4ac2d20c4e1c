package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.CompositionTask;
import raspc.runtime.Counts;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.compose.CompositionRecipe;
import raspc.runtime.compose.CompositionTraining;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingSession;

/** {@code raspc train-compose TASK}: the composition study's decoder and training recipe. */
@Command(name = "train-compose", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Train a GPT-style decoder on a function-composition variant as in Ramesh et al. (ICML 2024).",
                "Model: causal, pre-LN, learned positions, GELU MLP of width 4d, tied embeddings, no biases, final " +
                "layer norm (2 layers, 1 head, d = 120, context 50). Training: next-token cross-entropy on every " +
                "position, AdamW (0.9, 0.95) weight decay 0.1 on matrices only, 200 warm-up steps then cosine to 6e-6, " +
                "batch 16, gradient clipping 1.0, one epoch of steps, validated at 20 checkpoints. The report scores " +
                "greedy generation from the prompt (up to the second separator) on the final 6 tokens only, for " +
                "every in-order composition, seen and unseen apart: report.json 'compositions' and compositions.jsonl.",
                "--model lstm trains the paper's LSTM baseline instead (--layers LSTM layers of width --dim, a linear " +
                "classifier; no attention) on the same data, with the same recipe and evaluation."},
        footer = {"", "Examples:", "  raspc train-compose compose_random_50_step",
                "  raspc train-compose compose_random_10_direct --train-size 20000 --seed 2",
                "  raspc train-compose compose_random_50_step --model lstm",
                "  raspc compose runs/compose_random_50_step/<run-id>",
                "In the REPL:  train-compose compose_base_25_step train-size=20000"})
public final class TrainComposeCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A composition variant (compose_random_50_step) or a .rasp file.")
    private String task;

    @Mixin
    private FileTaskOption explicitTask;

    @Option(names = "--steps", paramLabel = "N", description = "Optimizer steps (default: --epochs passes over the training documents).")
    private Integer steps;

    @Option(names = "--epochs", defaultValue = "1", paramLabel = "E", description = "Passes over the training documents when --steps is not given (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--checkpoints", defaultValue = "" + CompositionTraining.CHECKPOINTS, paramLabel = "K", description = "Validations during training (default: ${DEFAULT-VALUE}).")
    private int checkpoints;

    @Option(names = "--checkpoint-eval", defaultValue = "" + CompositionTraining.CHECKPOINT_DOCUMENTS, paramLabel = "N",
            description = "Documents generated at every checkpoint, half from seen and half from unseen compositions, for accuracy over training in metrics.jsonl; 0 = none (default: ${DEFAULT-VALUE}).")
    private int checkpointEval;

    @Option(names = "--model", defaultValue = "gpt", paramLabel = "KIND",
            description = "gpt (the decoder) or lstm (the recurrent baseline) (default: ${DEFAULT-VALUE}).")
    private CompositionTraining.Model model;

    @Option(names = "--layers", defaultValue = "" + CompositionData.LAYERS, paramLabel = "L", description = "Layers (default: ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--heads", defaultValue = "" + CompositionData.HEADS, paramLabel = "H", description = "Heads per layer (default: ${DEFAULT-VALUE}).")
    private int heads;

    @Option(names = "--dim", defaultValue = "" + CompositionTraining.DIM, paramLabel = "D", description = "Model width (default: ${DEFAULT-VALUE}).")
    private int dim;

    @Option(names = "--context", defaultValue = "" + CompositionTraining.CONTEXT, paramLabel = "C", description = "Positions of the learned table (default: ${DEFAULT-VALUE}).")
    private int context;

    @Option(names = "--batch", defaultValue = "" + CompositionTraining.BATCH, paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--lr", defaultValue = "3e-4", paramLabel = "X", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
    private float lr;

    @Option(names = "--weight-decay", defaultValue = "0.1", paramLabel = "W", description = "AdamW weight decay on matrices (default: ${DEFAULT-VALUE}).")
    private float weightDecay;

    @Option(names = "--train-size", paramLabel = "N", description = "Training documents (default: the declaration's, 100000).")
    private Integer trainSize;

    @Option(names = "--valid-size", paramLabel = "N", description = "Validation and test documents (default: the declaration's, 1000).")
    private Integer validSize;

    @Option(names = "--eval-size", paramLabel = "N", description = "Documents per composition in the generation evaluation (default: the declaration's, 100).")
    private Integer evalSize;

    @Option(names = "--data-seed", paramLabel = "S", description = "Seed of the functions, split and documents (default: the declaration's).")
    private Long dataSeed;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of initialisation and batches (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private EngineOptions engine;

    @Mixin
    private RunFolderOptions runFolder;

    @Mixin
    private StepLossOption stepLosses;

    public TrainComposeCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        OptionChecks.atLeast("--steps", steps, 1);
        OptionChecks.atLeast("--train-size", trainSize, 1);
        OptionChecks.atLeast("--valid-size", validSize, 1);
        OptionChecks.atLeast("--eval-size", evalSize, 1);
        OptionChecks.atLeast("--checkpoint-eval", checkpointEval, 0);
        CompositionRecipe recipe = new CompositionRecipe().model(model).layers(layers).heads(heads).dim(dim)
                .context(context).batch(batch).learningRate(lr).weightDecay(weightDecay).steps(steps).epochs(epochs)
                .checkpoints(checkpoints).checkpointEval(checkpointEval).seed(seed).trainSize(trainSize)
                .validSize(validSize).evalSize(evalSize).dataSeed(dataSeed);
        CompositionTask composition = TaskArgument.composition(root, task, explicitTask.name(), recipe.data());
        CompositionData taskData = new CompositionData(composition);
        int budget = recipe.budget(composition);
        var choice = engine.start();
        TrainOptions options = recipe.options(composition).device(choice).runsRoot(runFolder.runsRoot(root.io()))
                .runId(runFolder.runId());
        String file = task.endsWith(".rasp") ? root.io().resolve(Path.of(task)).toAbsolutePath().normalize().toString() : null;
        String shape = model == CompositionTraining.Model.LSTM ? "LSTM " + Counts.of(layers, "layer")
                : "decoder " + Counts.of(layers, "layer") + " x " + Counts.of(heads, "head");
        root.out().println("training " + taskData.name() + ": " + shape + ", d = " + dim + ", " + Counts.of(budget, "step") + " on "
                + composition.trainCompositions().size() + " training compositions, " + engine.deviceText());
        root.out().flush();
        TrainResult result;
        try {
            result = TrainingSession.train(taskData,
                    stepLosses.applyTo(options).taskRecord(recipe.taskRecord(composition, file)),
                    ConsoleProgress.forStandardOutput());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        raspc.runtime.draw.RunCurves.write(result.runDir());
        root.out().print(ReportFormatter.summary(result.report()));
        root.out().println("run folder: " + root.io().workingDir().relativize(result.runDir().toAbsolutePath()));
        root.out().flush();
        return result.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
}
