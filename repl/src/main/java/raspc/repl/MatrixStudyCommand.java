package raspc.repl;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.matrix.study.MatrixStudyRunner;
import raspc.runtime.progress.ConsoleWorkProgress;
import raspc.runtime.run.RunFolder;

/** {@code raspc matrix-study RUN}: the matrix-completion study's tests on a run's snapshots. */
@Command(name = "matrix-study", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse a run of `raspc train-matrix` before and after its abrupt drop.",
                "Masked/observed/all MSE after every snapshot, the sharpest drop; soft-impute (nuclear-norm) vs the " +
                "model's masked MSE at mask rates 0.1..0.6; before the drop and at the last snapshot: batch-mean " +
                "attention maps per layer and head, the copy check (MASK shown as 0.50), activation patching of each " +
                "head's context from X into a run on -X; Gaussian and Laplace factors. Writes matrix-study.json, " +
                "matrix-study.txt, matrix-curve.png, matrix-baseline.png, matrix-attention-{before,after}.png into the run."},
        footer = {"", "Examples:", "  raspc matrix-study runs/matrix_5_rank1_p30/20261202-150000",
                "In the REPL:  matrix-study runs/matrix_5_rank1_p30/20261202-150000 matrices=128"})
public final class MatrixStudyCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder of `raspc train-matrix`.")
    private Path run;

    @Option(names = "--matrices", defaultValue = "256", paramLabel = "N", description = "Test matrices per figure (default: ${DEFAULT-VALUE}).")
    private int matrices;

    public MatrixStudyCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        OptionChecks.atLeast("--matrices", matrices, 1);
        Path dir = root.io().resolve(run);
        if (!Files.isDirectory(dir)) {
            throw new UserError("no run folder " + run);
        }
        root.out().print(study(root, RunFolder.open(dir), matrices));
        root.out().flush();
        return ExitCode.OK;
    }

    /** Runs the study on {@code folder} with the default number of matrices; returns its text. */
    static String study(RaspcCommand root, RunFolder folder) {
        return study(root, folder, 256);
    }

    private static String study(RaspcCommand root, RunFolder folder, int matrices) {
        MatrixStudyRunner.run(folder, RunTasks.matrixOfRun(folder.readConfig(), 1), matrices, Device.cpu(),
                ConsoleWorkProgress.forStandardOutput());
        try {
            return Files.readString(folder.file(MatrixStudyRunner.TEXT));
        } catch (java.io.IOException e) {
            throw new UserError("cannot read " + folder.file(MatrixStudyRunner.TEXT) + ": " + e.getMessage());
        }
    }
}
