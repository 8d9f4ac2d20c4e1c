package raspc.repl;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.analysis.AnalysisOptions;
import raspc.runtime.analysis.DynamicsPlots;
import raspc.runtime.analysis.TrainingDynamics;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.run.RunFolder;

/** {@code raspc boolean-dynamics RUN...}: sharpness, blowup, norm and loss over training, runs aligned at a loss. */
@Command(name = "boolean-dynamics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The training-dynamics experiment of Hahn & Rofin (2024) on Boolean runs trained with "
                + "`raspc train-boolean --snapshots`: at every snapshot the loss, sharpness (x4), LayerNorm blowup "
                + "and parameter norm, measured as `raspc analyze` measures the final model; each run is aligned at "
                + "its first snapshot with loss below --align-loss. Writes dynamics.csv, dynamics.jsonl and one "
                + "plot per metric over the aligned steps into --out."},
        footer = {"", "Examples:",
                "  raspc train-boolean parity_10 --dim 32 --lr 1e-3 --steps 3000 --snapshots --seed 1 --run-id s1",
                "  raspc boolean-dynamics runs/parity_10/s1 runs/parity_10/s2 --out dynamics/parity_10"})
public final class BooleanDynamicsCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run folders of `raspc train-boolean --snapshots`.")
    private List<Path> runs;

    @Option(names = "--out", defaultValue = "dynamics", paramLabel = "DIR",
            description = "Folder of the tables and plots (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--align-loss", defaultValue = "0.01", paramLabel = "X",
            description = "Align each run at its first snapshot with loss below X (default: ${DEFAULT-VALUE}).")
    private double alignLoss;

    @Option(names = "--sharpness-draws", defaultValue = "50", paramLabel = "R",
            description = "Perturbations averaged at each snapshot (default: ${DEFAULT-VALUE}; the paper uses 500).")
    private int draws;

    @Option(names = "--eps", defaultValue = "0.02", paramLabel = "E", description = "Std of each perturbation (default: ${DEFAULT-VALUE}).")
    private double eps;

    @Option(names = "--loss-inputs", defaultValue = "4096", paramLabel = "N",
            description = "Inputs of the loss, sharpness and blowup: all 2^n when no more, else N random ones (default: ${DEFAULT-VALUE}).")
    private int lossInputs;

    public BooleanDynamicsCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        if (!(alignLoss > 0)) {
            throw new UserError("--align-loss must be > 0, got " + alignLoss);
        }
        AnalysisOptions options;
        try {
            options = new AnalysisOptions(draws, eps, lossInputs, 1, 0);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<TrainingDynamics.RunDynamics> measured = new ArrayList<>();
        for (Path run : runs) {
            RunFolder folder = RunFolder.open(root.io().resolve(run));
            BooleanFunction f = BooleanTasks.resolve(root, folder.readConfig().task());
            TrainingDynamics.RunDynamics d = TrainingDynamics.measure(folder, f, options, alignLoss, Device.cpu());
            measured.add(d);
            root.out().println(String.format(Locale.ROOT, "%s: %d snapshots, %s", run, d.points().size(),
                    d.aligned() ? "loss first below " + alignLoss + " at step " + d.alignStep()
                            : "loss never below " + alignLoss + " (not drawn)"));
            root.out().flush();
        }
        Path dir = root.io().resolve(out);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("cannot create " + dir + ": " + e.getMessage());
        }
        for (Path p : DynamicsPlots.write(dir, measured)) {
            root.out().println("wrote " + root.io().workingDir().relativize(p.toAbsolutePath()));
        }
        root.out().flush();
        return ExitCode.OK;
    }
}
