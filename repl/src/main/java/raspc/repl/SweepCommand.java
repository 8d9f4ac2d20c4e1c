package raspc.repl;

import ai.djl.Device;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.TaskFolders;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.slurm.SlurmJob;
import raspc.runtime.slurm.SlurmOptions;
import raspc.runtime.slurm.SlurmSubmission;
import raspc.runtime.sweep.CellStatus;
import raspc.runtime.sweep.Slopes;
import raspc.runtime.sweep.SweepKind;
import raspc.runtime.sweep.SweepRunner;
import raspc.runtime.sweep.SweepSpec;

/** {@code raspc sweep FILE}: a grid of Boolean training runs with analyses, a results table and plots. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a grid of training runs: `train-boolean` runs each followed by `analyze`, or `train-compose` runs.",
                "The grid is functions x lengths (or tasks of one kind: kind: composition, tasks: [...]) x seeds x " +
                "training settings, run on a pool of workers (one " +
                "process per cell when --workers > 1), or on a Slurm cluster (--slurm: one array task per cell, then " +
                "an aggregation job). Resumable: a cell with a row.json is skipped, so running the same command again continues. " +
                "Writes results.csv, results.jsonl, sharpness_vs_n.png, ln_blowup_vs_n.png, param_norm_vs_n.png " +
                "and slopes.txt (least-squares slope against n per function over converged cells, and the cells " +
                "that did not converge); a composition sweep writes its table and the unseen-composition accuracy " +
                "against the number of training compositions, one line per prompt format."},
        footer = {"", "Examples:", "  raspc sweep examples/sweeps/length_scaling.yaml --workers 2",
                "  raspc sweep examples/sweeps/composition.yaml --workers 1",
                "  raspc sweep my_grid.json --out sweeps/my_grid --dry-run",
                "  raspc sweep examples/sweeps/tiny.yaml --slurm --partition cpu --time 1:00:00 --max-parallel 8",
                "  raspc sweep examples/sweeps/tiny.yaml --cell 1", "  raspc sweep examples/sweeps/tiny.yaml --status"})
public final class SweepCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "A sweep file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--workers", paramLabel = "N", description = "Cells run at once (default: the file's workers, else 1).")
    private Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: sweeps/<name>).")
    private Path out;

    @Option(names = "--dry-run", description = "List the cells and exit; with --slurm, write the sbatch scripts without submitting them.")
    private boolean dryRun;

    @Option(names = "--cell", paramLabel = "I", description = "Run only cell I (0-based, the order --dry-run lists; "
            + "what each Slurm array task runs) and write no table; a finished cell is skipped.")
    private Integer cell;

    @Option(names = "--status", description = "Show which cells are finished, failed or missing.")
    private boolean status;

    @Option(names = "--aggregate", description = "Write the tables, plots and slopes of the finished cells, running none "
            + "(a cell whose folder is gone keeps its line of results.jsonl, so a committed results folder is redrawn).")
    private boolean aggregate;

    @Option(names = "--slurm", description = "Submit the unfinished cells as one Slurm array job plus an aggregation job "
            + "after it (afterany). Needs a file system the nodes share with this machine.")
    private boolean slurm;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition.")
    private String partition;

    @Option(names = "--time", paramLabel = "T", description = "Slurm time limit per task (e.g. 2:00:00).")
    private String time;

    @Option(names = "--mem", paramLabel = "M", description = "Slurm memory per task (e.g. 8G).")
    private String mem;

    @Option(names = "--cpus-per-task", paramLabel = "N", description = "Slurm CPUs per cell.")
    private Integer cpusPerTask;

    @Option(names = "--gpus-per-task", paramLabel = "N", description = "Slurm GPUs per cell (use with --device gpu).")
    private Integer gpusPerTask;

    @Option(names = "--max-parallel", paramLabel = "N", description = "Array tasks running at once (--array=...%N).")
    private Integer maxParallel;

    @Option(names = "--sbatch", paramLabel = "OPTION", description = "An extra #SBATCH line for both jobs, e.g. --sbatch=--account=lab (repeatable).")
    private List<String> sbatch = new ArrayList<>();

    @Mixin
    private EngineOptions engine;

    public SweepCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        DeviceChoice device = engine.start();
        Path path = root.io().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new UserError("cannot read " + file + ": no such file");
        }
        checkModes();
        SweepSpec spec = SweepSpec.read(path);
        Path dir = root.io().resolve(out != null ? out : Path.of("sweeps", spec.name()));
        if (dryRun && !slurm) {
            for (int i = 0; i < spec.cells().size(); i++) {
                root.out().println(spec.cells().get(i).id());
            }
            root.out().println(spec.cells().size() + " cells -> " + dir);
            root.out().flush();
            return ExitCode.OK;
        }
        PrintStream progress = new PrintStream(new WriterOutputStream(root.out()), true, StandardCharsets.UTF_8);
        // only cells need the engine; --status, --slurm and --aggregate start without loading it
        boolean trains = !status && !slurm && !aggregate;
        SweepRunner runner = new SweepRunner(spec, dir, TaskArgument.registry(root.io())::task,
                trains ? Devices.resolve(device) : Device.cpu(), progress);
        int code;
        if (status) {
            code = showStatus(runner.status());
        } else if (slurm) {
            code = submit(spec, path, dir, runner);
        } else if (cell != null) {
            runner.runOne(cell);
            code = ExitCode.OK;
        } else {
            int n = workers != null ? workers : spec.workers();
            if (n < 1) {
                throw new UserError("--workers must be at least 1, got " + n);
            }
            code = report(spec.kind(), aggregate ? runner.aggregate() : (n > 1 ? runner.inWorkerProcesses(path) : runner).run(n), dir);
        }
        root.out().flush();
        return code;
    }

    /** --status, --cell, --aggregate and --slurm each do one thing; the Slurm options need --slurm. */
    private void checkModes() {
        List<String> modes = new ArrayList<>();
        if (status) {
            modes.add("--status");
        }
        if (cell != null) {
            modes.add("--cell");
        }
        if (aggregate) {
            modes.add("--aggregate");
        }
        if (slurm) {
            modes.add("--slurm");
        }
        if (modes.size() > 1) {
            throw new UserError(String.join(" and ", modes) + " cannot be combined; use one at a time");
        }
        if (dryRun && !modes.isEmpty() && !slurm) {
            throw new UserError("--dry-run goes with a plain sweep or --slurm, not " + modes.getFirst());
        }
        boolean slurmOptions = partition != null || time != null || mem != null || cpusPerTask != null
                || gpusPerTask != null || maxParallel != null || !sbatch.isEmpty();
        if (slurmOptions && !slurm) {
            throw new UserError("--partition, --time, --mem, --cpus-per-task, --gpus-per-task, --max-parallel and "
                    + "--sbatch are for --slurm");
        }
    }

    private int showStatus(List<CellStatus> cells) {
        Map<CellStatus.State, Integer> counts = new LinkedHashMap<>();
        for (CellStatus.State s : CellStatus.State.values()) {
            counts.put(s, 0);
        }
        for (CellStatus c : cells) {
            counts.merge(c.state(), 1, Integer::sum);
            root.out().println(String.format(Locale.ROOT, "%4d  %-8s %s%s", c.index(), c.state().name().toLowerCase(Locale.ROOT),
                    c.cell().id(), c.detail().isEmpty() ? "" : ": " + c.detail()));
        }
        root.out().println(String.format(Locale.ROOT, "%d cells: %d finished, %d failed, %d missing", cells.size(),
                counts.get(CellStatus.State.FINISHED), counts.get(CellStatus.State.FAILED), counts.get(CellStatus.State.MISSING)));
        return ExitCode.OK;
    }

    private int submit(SweepSpec spec, Path path, Path dir, SweepRunner runner) {
        SlurmOptions options;
        try {
            options = new SlurmOptions(partition, time, mem, cpusPerTask, gpusPerTask, maxParallel, sbatch);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Integer> pending = runner.status().stream().filter(c -> c.state() != CellStatus.State.FINISHED)
                .map(CellStatus::index).toList();
        SlurmJob job = new SlurmJob(spec.name(), Launcher.command(), jobEnvironment(), path, dir, engine.deviceText(),
                pending, options);
        SlurmSubmission.Result r = SlurmSubmission.submit(job, dryRun);
        root.out().println(spec.cells().size() + " cells, " + pending.size() + " to run" + (pending.isEmpty()
                ? " (all finished: only the aggregation)" : ""));
        r.scripts().forEach(s -> root.out().println("wrote " + s));
        if (dryRun) {
            root.out().println("not submitted (--dry-run); to submit:");
            r.commands().forEach(c -> root.out().println("  " + c));
        } else {
            if (r.cellsJob() != null) {
                root.out().println("submitted array job " + r.cellsJob() + " (cells " + pending.size() + ")");
            }
            root.out().println("submitted aggregation job " + r.aggregateJob() + (r.cellsJob() != null
                    ? " (afterany:" + r.cellsJob() + ")" : ""));
            root.out().println("logs: " + job.logDir() + "; progress: raspc sweep " + file + (out != null ? " --out " + out : "")
                    + " --status");
        }
        return ExitCode.OK;
    }

    /** What a job on another node needs to find the same tasks and compute the same numbers. */
    private static Map<String, String> jobEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(TaskFolders.ENV, TaskFolders.ofSystem().asPathList());
        for (String name : List.of("MKL_CBWR", TorchEngine.OMP_WAIT_POLICY, "GLIBC_TUNABLES")) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return env;
    }

    private int report(SweepKind kind, SweepRunner.Summary summary, Path dir) {
        root.out().println(String.format(Locale.ROOT, "%d cells (%d run now, %d done before) in %.0f s",
                summary.cells(), summary.ran(), summary.skipped(), summary.seconds()));
        for (Slopes s : summary.slopes()) {
            root.out().println(s.toText());
        }
        root.out().println((kind == SweepKind.BOOLEAN ? "non-converged cells: " : "cells that did not train: ")
                + (summary.notConverged().isEmpty() ? "none" : ""));
        summary.notConverged().forEach(c -> root.out().println("  " + c));
        if (!summary.failed().isEmpty()) {
            root.out().println("failed cells (run the sweep again to retry them):");
            summary.failed().forEach(c -> root.out().println("  " + c));
        }
        int missing = summary.cells() - summary.skipped() - summary.ran() - summary.failed().size();
        if (aggregate && missing > 0) {
            root.out().println(missing + " cells not finished (raspc sweep " + file + " --status lists them)");
        }
        root.out().println("results: " + root.io().workingDir().relativize(dir.toAbsolutePath().resolve(SweepRunner.CSV)));
        return summary.failed().isEmpty() && missing == 0 ? ExitCode.OK : ExitCode.USER_ERROR;
    }

    /** Lines of the runner's progress go to the command's writer. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
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
            writer.print(line.toString(StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        }
    }
}
