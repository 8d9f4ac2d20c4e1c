package raspc.runtime.run;

import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.TaskData;
import raspc.runtime.model.NativeModel;

/**
 * A run folder, {@code <root>/<task>/<run-id>/}, and the files in it. Every write is atomic
 * ({@link AtomicFiles}); every problem reading one is a {@link RuntimeUserException} that names
 * the folder and the file.
 */
public final class RunFolder {
    public static final String CONFIG = "config.json";
    public static final String MODEL = "model.params";
    public static final String METRICS = "metrics.jsonl";
    public static final String LOG = "log.txt";
    public static final String REPORT = "report.json";
    public static final String TASK_RECORD = "task.json";
    /** Per-group generation results (one composition per line) of runs evaluated by generation. */
    public static final String GENERATION_TABLE = "compositions.jsonl";
    /** Latest epoch's weights, optimizer moments and training state, for resume. */
    public static final String CHECKPOINT = "resume.ckpt";
    /** Analyses of a trained Boolean model (raspc analyze). */
    public static final String ANALYSIS = "analysis.json";
    public static final String ANALYSIS_TEXT = "analysis.txt";
    /** Parameters after chosen steps (snapshots/step-000500.params), for analyses across training. */
    public static final String SNAPSHOTS = "snapshots";
    /** What train-boolean wrote before it trained on the one stack (raspc 0.1). */
    private static final String OLD_BOOLEAN_CONFIG = "boolean-run.json";

    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Makes a new, empty run folder; the id is the given one or the current time and the training
     * seed ({@code 20261122-101500-1}), made unique.
     */
    public static RunFolder create(Path root, String task, String runId, long seed) {
        Path taskDir = root.resolve(safeName(task));
        String base = runId != null ? safeName(runId) : LocalDateTime.now().format(ID_FORMAT) + "-" + seed;
        try {
            Files.createDirectories(taskDir);
            for (int attempt = 1; ; attempt++) {
                Path candidate = taskDir.resolve(attempt == 1 ? base : base + "-" + attempt);
                try {
                    Files.createDirectory(candidate);
                    return new RunFolder(candidate);
                } catch (FileAlreadyExistsException e) {
                    if (runId != null) {
                        throw new RuntimeUserException("run folder " + candidate + " already exists; choose another run id");
                    }
                }
            }
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create a run folder under " + taskDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty run folder at exactly {@code dir} (sweeps name each cell's folder); what an
     * unfinished earlier attempt left there is the caller's to clear.
     */
    public static RunFolder at(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create run folder " + dir + ": " + e.getMessage(), e);
        }
        return new RunFolder(dir);
    }

    /** An existing run folder; it must hold a config.json. */
    public static RunFolder open(Path dir) {
        if (!Files.exists(dir)) {
            throw new RuntimeUserException("run folder " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new RuntimeUserException(dir + " is a file, not a run folder");
        }
        if (!Files.isRegularFile(dir.resolve(CONFIG)) && Files.isRegularFile(dir.resolve(OLD_BOOLEAN_CONFIG))) {
            throw new RuntimeUserException(dir + " was made by an earlier raspc's train-boolean (" + OLD_BOOLEAN_CONFIG
                    + "); this version trains Boolean functions on the one training stack and reads " + CONFIG
                    + " run folders: train it again");
        }
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new RuntimeUserException(dir + " is not a run folder: " + CONFIG + " is missing");
        }
        return new RunFolder(dir);
    }

    static String safeName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public String runId() {
        return dir.getFileName().toString();
    }

    // ---- config.json

    public void writeConfig(RunConfig config) {
        AtomicFiles.writeString(file(CONFIG), Json.pretty(config));
    }

    public RunConfig readConfig() {
        RunConfig config;
        try {
            config = Json.mapper().readValue(file(CONFIG).toFile(), RunConfig.class);
        } catch (JsonProcessingException e) {
            throw corrupt(CONFIG, e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file(CONFIG) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) { // record validation (e.g. an impossible model shape)
            throw corrupt(CONFIG, rootMessage(e));
        }
        if (config == null || config.model() == null || config.train() == null || config.task() == null) {
            throw corrupt(CONFIG, "task, model or train settings are missing");
        }
        if (config.formatVersion() != RunConfig.FORMAT_VERSION) {
            throw new RuntimeUserException(file(CONFIG) + " has format version " + config.formatVersion()
                    + "; this raspc reads version " + RunConfig.FORMAT_VERSION);
        }
        return config;
    }

    // ---- task.json

    public void writeTaskRecord(TaskRecord record) {
        AtomicFiles.writeString(file(TASK_RECORD), Json.pretty(record));
    }

    /** The task record; empty for runs made without one (the config's task name is all there is). */
    public java.util.Optional<TaskRecord> readTaskRecord() {
        if (!Files.isRegularFile(file(TASK_RECORD))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Json.mapper().readValue(file(TASK_RECORD).toFile(), TaskRecord.class));
        } catch (JsonProcessingException e) {
            throw corrupt(TASK_RECORD, e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file(TASK_RECORD) + ": " + e.getMessage(), e);
        }
    }

    // ---- model.params

    public void writeModel(Block model) {
        AtomicFiles.write(file(MODEL), out -> model.saveParameters(new DataOutputStream(out)));
    }

    public boolean hasModel() {
        return Files.isRegularFile(file(MODEL));
    }

    /** Loads model.params into a model built from this run's config. */
    public void readModel(NativeModel model) {
        if (!hasModel()) {
            throw new RuntimeUserException(dir + " has no trained model (" + MODEL
                    + " is missing); it may still be starting, or the folder was emptied");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file(MODEL)))) {
            loadParameters(model, in, MODEL);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file(MODEL) + ": " + e.getMessage(), e);
        }
    }

    void loadParameters(NativeModel model, InputStream in, String what) {
        try {
            model.loadParameters(in);
            if (in.read() != -1) {
                throw corrupt(what, "it is longer than the model described in " + CONFIG);
            }
        } catch (MalformedModelException | IOException | RuntimeException e) {
            if (e instanceof RuntimeUserException u) {
                throw u;
            }
            throw corrupt(what, "it does not hold the parameters of the model in " + CONFIG + " (" + rootMessage(e) + ")");
        }
    }

    // ---- snapshots/step-N.params

    public void writeSnapshot(long step, Block model) {
        try {
            Files.createDirectories(dir.resolve(SNAPSHOTS));
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create " + dir.resolve(SNAPSHOTS) + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(snapshotFile(step), out -> model.saveParameters(new DataOutputStream(out)));
    }

    /** The steps this run kept snapshots of, in order; empty when it kept none. */
    public List<Long> snapshotSteps() {
        Path folder = dir.resolve(SNAPSHOTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("step-\\d+\\.params"))
                    .map(n -> Long.parseLong(n.substring(5, n.length() - 7))).sorted().toList();
        } catch (IOException e) {
            throw new RuntimeUserException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Loads the snapshot after {@code step} into a model built from this run's config. */
    public void readSnapshot(long step, NativeModel model) {
        Path file = snapshotFile(step);
        if (!Files.isRegularFile(file)) {
            throw new RuntimeUserException(dir + " has no snapshot at step " + step + "; it has "
                    + (snapshotSteps().isEmpty() ? "none (train with snapshots on)" : "steps " + snapshotSteps()));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            loadParameters(model, in, SNAPSHOTS + "/" + file.getFileName());
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** snapshots/step-N.params of {@code step} (which may not exist: see {@link #snapshotSteps}). */
    public Path snapshotFile(long step) {
        return dir.resolve(SNAPSHOTS).resolve(String.format(java.util.Locale.ROOT, "step-%06d.params", step));
    }

    // ---- metrics.jsonl, log.txt, report.json

    public void writeMetrics(List<EpochMetrics> metrics) {
        StringBuilder text = new StringBuilder();
        for (EpochMetrics m : metrics) {
            text.append(Json.line(m)).append('\n');
        }
        AtomicFiles.writeString(file(METRICS), text.toString());
    }

    public List<EpochMetrics> readMetrics() {
        return Files.exists(file(METRICS)) ? readJsonLines(METRICS, EpochMetrics.class) : new ArrayList<>();
    }

    /** The generation evaluation's per-group rows, one JSON object per line. */
    public void writeGenerationTable(List<?> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(Json.line(r)).append('\n'));
        AtomicFiles.writeString(file(GENERATION_TABLE), text.toString());
    }

    /** The rows of {@link #GENERATION_TABLE} as {@code type}; a clear error when the run has none. */
    public <T> List<T> readGenerationTable(Class<T> type) {
        if (!Files.isRegularFile(file(GENERATION_TABLE))) {
            throw new RuntimeUserException(dir + " has no " + GENERATION_TABLE + ": it is not a finished composition run");
        }
        return readJsonLines(GENERATION_TABLE, type);
    }

    /** A JSON Lines file of this folder, one {@code type} per non-blank line; a bad line is a located error. */
    private <T> List<T> readJsonLines(String name, Class<T> type) {
        Path path = file(name);
        List<T> rows = new ArrayList<>();
        try {
            int lineNumber = 0;
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(Json.mapper().readValue(line, type));
                } catch (JsonProcessingException e) {
                    throw corrupt(name + ":" + lineNumber, e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return rows;
    }

    public void writeLog(String text) {
        AtomicFiles.writeString(file(LOG), text);
    }

    public String readLog() {
        try {
            return Files.exists(file(LOG)) ? Files.readString(file(LOG)) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeReport(Object report) {
        AtomicFiles.writeString(file(REPORT), Json.pretty(report));
    }

    /** report.json, as a tree (its readers pick the fields they need). */
    public com.fasterxml.jackson.databind.JsonNode readReport() {
        if (!Files.isRegularFile(file(REPORT))) {
            throw new RuntimeUserException(dir + " has no " + REPORT + " yet: its training has not finished");
        }
        try {
            return Json.mapper().readTree(file(REPORT).toFile());
        } catch (JsonProcessingException e) {
            throw corrupt(REPORT, e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file(REPORT) + ": " + e.getMessage(), e);
        }
    }

    /** A user error unless the run was trained on this task with the same vocabularies. */
    public void requireTrainedOn(RunConfig config, TaskData task) {
        if (!config.task().equals(task.name())) {
            throw new RuntimeUserException("run folder " + dir + " was trained on task " + config.task()
                    + ", not " + task.name());
        }
        if (!config.inputVocab().equals(task.inputVocab()) || !config.outputVocab().equals(task.outputVocab())) {
            throw new RuntimeUserException("run folder " + dir + " was trained with a different vocabulary for "
                    + task.name() + "; the task definition has changed since");
        }
    }

    RuntimeUserException corrupt(String what, String detail) {
        return new RuntimeUserException(what + " in run folder " + dir + " is corrupt: " + detail);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
