package raspc.runtime.sweep;

import ai.djl.Device;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.Task;
import raspc.compiler.task.TaskOptions;
import raspc.runtime.RuntimeUserException;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.run.Json;

/**
 * Runs a sweep into a folder: cells/&lt;cell&gt;/ (the cell's run folder plus row.json when the cell
 * is done), results.csv, results.jsonl and the kind's plots (Boolean sweeps: slopes.txt and
 * slopes.json too). Cells run on a
 * fixed pool of worker threads (each PyTorch op single-threaded); a cell with a row.json is not
 * run again, so an interrupted sweep continues where it stopped; a cell folder without one is
 * trained from scratch. The tables and plots hold every cell with a row: its row.json, or else
 * its line in the folder's results.jsonl ({@link RecordedRows}), so that a results folder
 * committed without its cells' folders is redrawn by {@link #aggregate} rather than emptied.
 */
public final class SweepRunner {
    public static final String ROW = "row.json";
    public static final String CSV = "results.csv";
    public static final String JSONL = "results.jsonl";
    public static final String SLOPES = "slopes.txt";
    public static final String SLOPES_JSON = "slopes.json";
    /** In a cell's folder when its last run failed: the reason, on one line. */
    public static final String FAILED = "failed.txt";

    /** Finds the Boolean function of a task name such as {@code parity_8}. */
    @FunctionalInterface
    public interface FunctionResolver {
        BooleanFunction resolve(String task);
    }

    /** Finds the task of any kind that a name stands for, with the cell's data overrides (a {@code TaskRegistry::task}). */
    @FunctionalInterface
    public interface TaskResolver {
        Task resolve(String task, TaskOptions options);
    }

    /**
     * What a sweep did. notConverged: the cells that did not reach their goal (Boolean cells: the
     * convergence MSE; composition cells: their own training compositions; sequence cells: the
     * test split), each with why.
     */
    public record Summary(Path out, int cells, int skipped, int ran, List<String> failed, List<String> notConverged,
            List<CellRow> rows, List<Slopes> slopes, List<Path> plots, double seconds) {}

    private final SweepSpec spec;
    private final Path out;
    private final CellResolver resolver;
    private final Device device;
    private final PrintStream progress;
    private final List<SweepCell> cells;

    private Path specFile;

    /** A runner of a Boolean sweep, whose task names {@code resolver} turns into functions. */
    public SweepRunner(SweepSpec spec, Path out, FunctionResolver resolver, Device device, PrintStream progress) {
        this(spec, out, resolver, (task, options) -> {
            throw new RuntimeUserException(task + ": this sweep runner resolves Boolean functions only");
        }, device, progress);
    }

    /**
     * A runner of a sweep of any kind, whose task names {@code resolver} looks up; a sweep file's
     * {@code program} is looked up in that file instead.
     */
    public SweepRunner(SweepSpec spec, Path out, TaskResolver resolver, Device device, PrintStream progress) {
        this(spec, out, task -> CellResolver.booleanFunction(resolver.resolve(task, TaskOptions.NONE)), resolver, device,
                progress);
    }

    private SweepRunner(SweepSpec spec, Path out, FunctionResolver functions, TaskResolver tasks, Device device,
            PrintStream progress) {
        this.spec = spec;
        this.out = out;
        this.resolver = CellResolver.of(spec, functions, tasks);
        this.device = device;
        this.progress = progress;
        this.cells = spec.cells();
    }

    /**
     * The sweep file, which lets cells run in worker processes: DJL lets only one thread of a
     * process record gradients at a time, so more than one worker means one JVM per cell, each
     * resolving task names with the standard task registry.
     */
    public SweepRunner inWorkerProcesses(Path file) {
        this.specFile = file.toAbsolutePath();
        return this;
    }

    public Summary run(int workers) {
        if (workers > 1 && specFile == null) {
            throw new IllegalArgumentException("more than one worker needs the sweep file (inWorkerProcesses)");
        }
        long began = System.nanoTime();
        Map<String, CellRun> runs = prepare();
        List<SweepCell> todo = cells.stream().filter(c -> !finished(c)).toList();
        int skipped = cells.size() - todo.size();
        say(String.format(Locale.ROOT, "sweep %s: %d cells (%d done before), %d to run on %d worker%s -> %s", spec.name(),
                cells.size(), skipped, todo.size(), workers, workers == 1 ? "" : "s", out));
        List<String> failed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int[] finished = {0};
            for (SweepCell c : todo) {
                futures.add(pool.submit(() -> {
                    try {
                        CellRow row = workers > 1 ? WorkerProcess.run(specFile, out, c, cellDir(c), workers)
                                : runCell(spec, cellDir(c), runs.get(c.id()), device);
                        synchronized (this) {
                            finished[0]++;
                            say(String.format(Locale.ROOT, "[%d/%d] %s: %s", finished[0], todo.size(), c.id(), row.progress()));
                            writeTables(collect());
                        }
                    } catch (RuntimeException e) {
                        recordFailure(c, e);
                        synchronized (this) {
                            finished[0]++;
                            failed.add(c.id() + ": " + e.getMessage());
                            say("[" + finished[0] + "/" + todo.size() + "] " + c.id() + " FAILED: " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeUserException("the sweep was interrupted; run it again to continue", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return summarise(began, todo.size() - failed.size(), skipped, failed);
    }

    /**
     * Runs the one cell at {@code index} (0-based, grid order: a Slurm array task's
     * {@code SLURM_ARRAY_TASK_ID}) into its folder, unless it is finished already, and writes no
     * table: the aggregation ({@link #aggregate}) does, once. A cell that fails leaves
     * {@value #FAILED} with the reason in its folder, which {@link #status} reports; a cell cut
     * off (preempted, out of time) leaves neither that nor a row, and counts as missing.
     *
     * @return the cell's row, or empty when it had one before
     */
    public Optional<CellRow> runOne(int index) {
        if (index < 0 || index >= cells.size()) {
            throw new RuntimeUserException("sweep " + spec.name() + " has cells 0.." + (cells.size() - 1) + ", not " + index);
        }
        SweepCell c = cells.get(index);
        CellRun run = prepare().get(c.id());
        if (finished(c)) {
            say("cell " + index + " (" + c.id() + ") was finished before");
            return Optional.empty();
        }
        try {
            CellRow row = runCell(spec, cellDir(c), run, device);
            say(String.format(Locale.ROOT, "cell %d (%s): %s", index, c.id(), row.progress()));
            return Optional.of(row);
        } catch (RuntimeException e) {
            recordFailure(c, e);
            say("cell " + index + " (" + c.id() + ") FAILED: " + e.getMessage());
            throw e;
        }
    }

    /**
     * The tables, plots and slopes of the cells finished so far, running none (a Slurm sweep's
     * last job; a committed results folder's replot, from its results.jsonl).
     */
    public Summary aggregate() {
        long began = System.nanoTime();
        prepare();
        List<String> failed = new ArrayList<>();
        for (CellStatus c : status()) {
            if (c.state() == CellStatus.State.FAILED) {
                failed.add(c.cell().id() + ": " + c.detail());
            }
        }
        return summarise(began, 0, collect().size(), failed);
    }

    /** Where each cell stands, in grid order. */
    public List<CellStatus> status() {
        List<CellStatus> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            SweepCell c = cells.get(i);
            Path failure = cellDir(c).resolve(FAILED);
            if (finished(c)) {
                out.add(new CellStatus(i, c, CellStatus.State.FINISHED, ""));
            } else if (Files.isRegularFile(failure)) {
                out.add(new CellStatus(i, c, CellStatus.State.FAILED, firstLine(failure)));
            } else {
                out.add(new CellStatus(i, c, CellStatus.State.MISSING, ""));
            }
        }
        return out;
    }

    private void recordFailure(SweepCell c, RuntimeException e) {
        try {
            Files.createDirectories(cellDir(c));
        } catch (IOException io) {
            return; // the cell's folder cannot be written: the failure is on the console and the job's log
        }
        AtomicFiles.writeString(cellDir(c).resolve(FAILED), String.valueOf(e.getMessage()).replace('\n', ' ') + "\n");
    }

    private boolean finished(SweepCell c) {
        return Files.isRegularFile(cellDir(c).resolve(ROW));
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("");
        } catch (IOException e) {
            return "cannot read " + file + ": " + e.getMessage();
        }
    }

    /** Resolves the cells' tasks, checks their settings, and creates the folder with its sweep.json. */
    private Map<String, CellRun> prepare() {
        Map<String, CellRun> runs = resolveAll();
        try {
            Files.createDirectories(out.resolve("cells"));
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create the sweep folder " + out + ": " + e.getMessage(), e);
        }
        AtomicFiles.writeString(out.resolve("sweep.json"), Json.pretty(spec));
        return runs;
    }

    /** Writes the tables, slopes and plots of every finished cell and says what the sweep did. */
    private Summary summarise(long began, int ran, int skipped, List<String> failed) {
        List<CellRow> rows = collect();
        writeTables(rows);
        List<Slopes> slopes = new ArrayList<>();
        List<String> notConverged = new ArrayList<>();
        List<Path> plots = switch (spec.kind()) {
            case BOOLEAN -> {
                List<SweepRow> booleans = rows.stream().map(SweepRow.class::cast).toList();
                for (SweepPlots.Metric m : SweepPlots.METRICS) {
                    slopes.addAll(Slopes.fit(booleans, m.column()));
                }
                List<Path> written = new ArrayList<>(SweepPlots.write(out, spec.name(), booleans));
                for (ExtraPlot extra : spec.plots()) {
                    written.addAll(extra.write(out, spec.name(), booleans, resolver.functions()));
                }
                booleans.stream().filter(r -> !r.converged()).map(r -> r.cell()
                        + String.format(Locale.ROOT, " (eval MSE %.3g after %d steps)", r.finalEvalMse(), r.stepsRun()))
                        .forEach(notConverged::add);
                StringBuilder text = new StringBuilder("# least-squares slope per unit n, over converged cells\n");
                for (Slopes s : slopes) {
                    text.append(s.toText()).append('\n');
                }
                text.append("# non-converged cells: ").append(notConverged.size()).append('\n');
                for (String s : notConverged) {
                    text.append("  ").append(s).append('\n');
                }
                AtomicFiles.writeString(out.resolve(SLOPES), text.toString());
                AtomicFiles.writeString(out.resolve(SLOPES_JSON), Json.pretty(slopes));
                yield written;
            }
            case COMPOSITION -> {
                List<CompositionRow> compositions = rows.stream().map(CompositionRow.class::cast).toList();
                compositions.stream().filter(r -> !r.trained()).map(r -> r.cell() + " (" + r.note() + ")")
                        .forEach(notConverged::add);
                yield CompositionPlots.write(out, spec.name(), compositions);
            }
            case SEQUENCE -> {
                List<SequenceRow> sequences = rows.stream().map(SequenceRow.class::cast).toList();
                sequences.stream().filter(r -> !r.trained()).map(r -> r.cell() + " (" + r.note() + ")")
                        .forEach(notConverged::add);
                yield ShapePlots.write(out, spec.name(), sequences);
            }
        };
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Summary(out, cells.size(), skipped, ran, List.copyOf(failed), List.copyOf(notConverged),
                rows, slopes, plots, seconds);
    }

    /** Every cell's task, resolved once, with its settings checked before any cell trains. */
    private Map<String, CellRun> resolveAll() {
        Map<String, BooleanFunction> functionsByTask = new LinkedHashMap<>();
        Map<String, CellRun> out = new LinkedHashMap<>();
        for (SweepCell c : cells) {
            out.put(c.id(), resolver.resolve(c, functionsByTask));
        }
        return out;
    }

    Path cellDir(SweepCell c) {
        return cellDir(out, c);
    }

    static Path cellDir(Path out, SweepCell c) {
        return out.resolve("cells").resolve(c.id());
    }

    /** Trains (and for Boolean cells analyses) one cell into {@code dir} and writes its row.json. */
    static CellRow runCell(SweepSpec spec, Path dir, CellRun run, Device device) {
        deleteContents(dir); // an unfinished cell starts over
        CellRow row = run.train(spec, dir, device);
        AtomicFiles.writeString(dir.resolve(ROW), Json.pretty(row));
        return row;
    }

    /** Rows of every finished cell, in grid order: its row.json, else its recorded line of results.jsonl. */
    List<CellRow> collect() {
        Map<String, CellRow> recorded = RecordedRows.read(out.resolve(JSONL), cells);
        List<CellRow> rows = new ArrayList<>();
        for (SweepCell c : cells) {
            Path row = cellDir(c).resolve(ROW);
            if (Files.isRegularFile(row)) {
                rows.add(readRow(row, c));
            } else if (recorded.containsKey(c.id())) {
                rows.add(recorded.get(c.id()));
            }
        }
        return rows;
    }

    /** The row record of a cell's kind. */
    static Class<? extends CellRow> rowType(SweepCell c) {
        return switch (c) {
            case BooleanCell b -> SweepRow.class;
            case CompositionCell k -> CompositionRow.class;
            case SequenceCell q -> SequenceRow.class;
        };
    }

    /** A cell's row.json, as the row of its kind. */
    static CellRow readRow(Path row, SweepCell c) {
        try {
            return Json.mapper().readValue(row.toFile(), rowType(c));
        } catch (JsonProcessingException e) {
            throw new RuntimeUserException(row + " is corrupt: " + e.getOriginalMessage()
                    + "; delete it to run the cell again", e);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + row + ": " + e.getMessage(), e);
        }
    }

    /** The cell {@code id}, resolved, for a worker process (which resolves no other cell). */
    CellRun prepared(String id) {
        SweepCell cell = cells.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell " + id + " in sweep " + spec.name()));
        return resolver.resolve(cell, new LinkedHashMap<>());
    }

    private void writeTables(List<CellRow> rows) {
        List<String> keys = new ArrayList<>();
        for (SweepCell c : cells) { // the cells of an also group may set keys the main grid does not
            for (String k : c.settings().keySet()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        AtomicFiles.writeString(out.resolve(CSV), ResultsTable.csv(spec.kind(), rows, keys));
        AtomicFiles.writeString(out.resolve(JSONL), ResultsTable.jsonLines(rows));
    }

    private static void deleteContents(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new RuntimeUserException("cannot clear the unfinished cell " + dir + ": " + e.getMessage(), e);
        }
    }

    private synchronized void say(String line) {
        progress.println(line);
        progress.flush();
        try {
            Files.writeString(out.resolve("sweep.log"), line + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is a convenience; the console has the same line
        }
    }
}
