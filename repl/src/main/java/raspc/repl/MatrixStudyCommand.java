package raspc.repl;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.matrix.StructuredMask;
import raspc.runtime.matrix.study.MatrixStudyRunner;
import raspc.runtime.progress.ConsoleWorkProgress;
import raspc.runtime.run.RunFolder;

/** {@code raspc matrix-study RUN}: the matrix-completion study's tests on a run's snapshots. */
@Command(name = "matrix-study", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse a run of `raspc train-matrix` before and after its abrupt drop.",
                "Masked/observed/all MSE after every snapshot, the sharpest drop; soft-impute (nuclear-norm) vs the " +
                "model's masked MSE at mask rates 0.1..0.6; at the end of the plateau and at the last snapshot, through " +
                "the inspection toolkit: batch-mean attention maps per layer and head (under the task's masks and " +
                "row/column-structured ones), the copy check (MASK shown as 0.50), linear probes for each entry's value " +
                "(masked: the hidden one) and its row's and column's observed values, zero/mean/uniform ablation of " +
                "each head and MLP, activation patching of head contexts and the residual stream from X into -X, " +
                "value-token and position PCA and the position permutation test (rows and columns vs all positions); " +
                "Gaussian and Laplace factors. Writes matrix-study.json, matrix-study.txt, matrix-curve.png, " +
                "matrix-baseline.png, matrix-attention-{before,after}[-MASK].png and matrix-{before,after}-*.png into the run."},
        footer = {"", "Examples:", "  raspc matrix-study runs/matrix_5_rank1_p30/20261202-150000",
                "  raspc matrix-study runs/matrix_5_rank1_p30/20261202-150000 --attention-masks random,row",
                "In the REPL:  matrix-study runs/matrix_5_rank1_p30/20261202-150000 matrices=128"})
public final class MatrixStudyCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder of `raspc train-matrix`.")
    private Path run;

    @Option(names = "--matrices", defaultValue = "256", paramLabel = "N", description = "Test matrices per figure (default: ${DEFAULT-VALUE}).")
    private int matrices;

    @Option(names = "--attention-masks", defaultValue = "random,row,column,diagonal", split = ",", paramLabel = "M",
            description = "Mask patterns of the attention maps, comma-separated: random (the task's own masks), row "
                    + "(the first row hidden), column (the first column hidden), diagonal (default: ${DEFAULT-VALUE}).")
    private List<String> masks;

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
        List<StructuredMask> patterns = new ArrayList<>();
        for (String m : masks) {
            StructuredMask mask = StructuredMask.parse(m);
            if (!patterns.contains(mask)) {
                patterns.add(mask);
            }
        }
        root.out().print(study(root, RunFolder.open(dir), matrices, patterns));
        root.out().flush();
        return ExitCode.OK;
    }

    /** Runs the study on {@code folder} with the default number of matrices; returns its text. */
    static String study(RaspcCommand root, RunFolder folder) {
        return study(root, folder, 256, List.of(StructuredMask.values()));
    }

    private static String study(RaspcCommand root, RunFolder folder, int matrices, List<StructuredMask> masks) {
        MatrixStudyRunner.run(folder, RunTasks.matrixOfRun(folder.readConfig(), 1), matrices, masks, Device.cpu(),
                ConsoleWorkProgress.forStandardOutput());
        try {
            return Files.readString(folder.file(MatrixStudyRunner.TEXT));
        } catch (java.io.IOException e) {
            throw new UserError("cannot read " + folder.file(MatrixStudyRunner.TEXT) + ": " + e.getMessage());
        }
    }
}
