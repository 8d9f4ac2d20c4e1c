package raspc.repl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.sweep.Slopes;
import raspc.runtime.sweep.SweepRunner;
import raspc.runtime.sweep.SweepSpec;

/** {@code raspc sweep FILE}: a grid of Boolean training runs with analyses, a results table and plots. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a grid of `train-boolean` runs, each followed by `analyze`.",
                "The grid is functions x lengths x seeds x training settings, run on a pool of workers (one " +
                "process per cell when --workers > 1). Resumable: a cell with a row.json is skipped, so running the same command again continues. " +
                "Writes results.csv, results.jsonl, sharpness_vs_n.png, ln_blowup_vs_n.png, param_norm_vs_n.png " +
                "and slopes.txt (least-squares slope against n per function over converged cells, and the cells " +
                "that did not converge)."},
        footer = {"", "Examples:", "  raspc sweep examples/sweeps/length_scaling.yaml --workers 2",
                "  raspc sweep my_grid.json --out sweeps/my_grid --dry-run"})
public final class SweepCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "A sweep file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--workers", paramLabel = "N", description = "Cells run at once (default: the file's workers, else 1).")
    private Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: sweeps/<name>).")
    private Path out;

    @Option(names = "--dry-run", description = "List the cells and exit.")
    private boolean dryRun;

    public SweepCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        Path path = root.io().resolve(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new UserError("cannot read " + file + ": no such file");
        }
        SweepSpec spec = SweepSpec.read(path);
        int n = workers != null ? workers : spec.workers();
        if (n < 1) {
            throw new UserError("--workers must be at least 1, got " + n);
        }
        Path dir = root.io().resolve(out != null ? out : Path.of("sweeps", spec.name()));
        if (dryRun) {
            spec.cells().forEach(c -> root.out().println(c.id()));
            root.out().println(spec.cells().size() + " cells -> " + dir);
            root.out().flush();
            return ExitCode.OK;
        }
        SweepRunner runner = new SweepRunner(spec, dir,
                task -> BooleanTasks.resolve(root, task), Device.cpu(), new java.io.PrintStream(
                        new WriterOutputStream(root.out()), true, java.nio.charset.StandardCharsets.UTF_8));
        var summary = (n > 1 ? runner.inWorkerProcesses(path) : runner).run(n);
        root.out().println(String.format(java.util.Locale.ROOT, "%d cells (%d run now, %d done before) in %.0f s",
                summary.cells(), summary.ran(), summary.skipped(), summary.seconds()));
        for (Slopes s : summary.slopes()) {
            root.out().println(s.toText());
        }
        root.out().println("non-converged cells: " + (summary.notConverged().isEmpty() ? "none" : ""));
        summary.notConverged().forEach(c -> root.out().println("  " + c));
        if (!summary.failed().isEmpty()) {
            root.out().println("failed cells (run the sweep again to retry them):");
            summary.failed().forEach(c -> root.out().println("  " + c));
        }
        root.out().println("results: " + root.io().workingDir().relativize(dir.toAbsolutePath().resolve(SweepRunner.CSV)));
        root.out().flush();
        return summary.failed().isEmpty() ? ExitCode.OK : ExitCode.USER_ERROR;
    }

    /** Lines of the runner's progress go to the command's writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final java.io.PrintWriter writer;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterOutputStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            writer.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        }
    }
}
