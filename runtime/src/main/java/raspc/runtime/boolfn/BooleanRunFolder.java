package raspc.runtime.boolfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import raspc.runtime.RuntimeUserException;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/**
 * A Boolean-function run folder: boolean-run.json, model.params, metrics.jsonl, log.txt,
 * result.json, and (after an analysis) analysis.json and analysis.txt. Writes are atomic.
 */
public final class BooleanRunFolder {
    public static final String CONFIG = "boolean-run.json";
    public static final String MODEL = RunFolder.MODEL;
    public static final String METRICS = RunFolder.METRICS;
    public static final String LOG = RunFolder.LOG;
    public static final String RESULT = "result.json";
    public static final String ANALYSIS = "analysis.json";
    public static final String ANALYSIS_TEXT = "analysis.txt";

    private final Path dir;

    private BooleanRunFolder(Path dir) {
        this.dir = dir;
    }

    /** A new folder {@code root/<task>/<id>}; the id is the given one or a timestamp made unique. */
    public static BooleanRunFolder create(Path root, String task, String runId, long seed) {
        return new BooleanRunFolder(RunFolder.create(root, task, runId, seed).dir());
    }

    /** A folder given directly (it is created when missing); used by sweeps, which name each cell's folder. */
    public static BooleanRunFolder at(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create run folder " + dir + ": " + e.getMessage(), e);
        }
        return new BooleanRunFolder(dir);
    }

    /** An existing run folder made by Boolean training. */
    public static BooleanRunFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuntimeUserException("run folder " + dir + " does not exist");
        }
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            String hint = Files.isRegularFile(dir.resolve(RunFolder.CONFIG))
                    ? " (it is a sequence-task run; analyze works on runs of `raspc train-boolean`)" : "";
            throw new RuntimeUserException(dir + " is not a Boolean-function run folder: " + CONFIG + " is missing" + hint);
        }
        if (!Files.isRegularFile(dir.resolve(MODEL))) {
            throw new RuntimeUserException(dir + " has no trained model (" + MODEL + " is missing)");
        }
        return new BooleanRunFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public void writeConfig(BooleanRunConfig config) {
        AtomicFiles.writeString(file(CONFIG), Json.pretty(config));
    }

    public BooleanRunConfig readConfig() {
        return read(CONFIG, BooleanRunConfig.class);
    }

    public void writeModel(BooleanNet net) {
        AtomicFiles.write(file(MODEL), out -> net.model().saveParameters(new DataOutputStream(out)));
    }

    public void writeMetrics(List<BooleanStepMetrics> metrics) {
        StringBuilder text = new StringBuilder();
        for (BooleanStepMetrics m : metrics) {
            text.append(Json.line(m)).append('\n');
        }
        AtomicFiles.writeString(file(METRICS), text.toString());
    }

    public void writeLog(String text) {
        AtomicFiles.writeString(file(LOG), text);
    }

    public void writeResult(BooleanTrainResult result) {
        AtomicFiles.writeString(file(RESULT), Json.pretty(result));
    }

    public BooleanTrainResult readResult() {
        return read(RESULT, BooleanTrainResult.class);
    }

    private <T> T read(String name, Class<T> type) {
        Path path = file(name);
        try {
            T value = Json.mapper().readValue(path.toFile(), type);
            if (value == null) {
                throw new RuntimeUserException(path + " is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new RuntimeUserException(name + " in run folder " + dir + " is corrupt: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
