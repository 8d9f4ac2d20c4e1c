package raspc.repl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.task.TaskOptions;
import raspc.runtime.train.TrainingListener;

/**
 * {@code task.json} in a run folder: where the task came from (a name, or a .rasp file) and the
 * data settings it was trained with, so that resume and check rebuild exactly the same splits.
 */
record RunTaskRecord(String task, String file, TaskOptions options) {
    static final String FILE = "task.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The task argument to resolve: the file when there is one (with {@link #task} picking the task). */
    String argument() {
        return file != null ? file : task;
    }

    static RunTaskRecord read(Path runDir) {
        Path f = runDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return null; // runs made by other tools: the config's task name is all we know
        }
        try {
            var n = JSON.readTree(f.toFile());
            return new RunTaskRecord(n.path("task").asText(), n.hasNonNull("file") ? n.get("file").asText() : null,
                    new TaskOptions(longOrNull(n, "data_seed"), intOrNull(n, "train_size"), intOrNull(n, "valid_size"),
                            intOrNull(n, "test_size"), intOrNull(n, "max_length")));
        } catch (IOException e) {
            throw new UserError("cannot read " + f + ": " + e.getMessage());
        }
    }

    void write(Path runDir) {
        ObjectNode n = JSON.createObjectNode();
        n.put("task", task);
        n.put("file", file);
        n.put("data_seed", options.seed());
        n.put("train_size", options.train());
        n.put("valid_size", options.valid());
        n.put("test_size", options.test());
        n.put("max_length", options.maxLength());
        try {
            AtomicFiles.writeString(runDir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } catch (IOException e) {
            throw new UserError("cannot write " + runDir.resolve(FILE) + ": " + e.getMessage());
        }
    }

    /** A listener that writes the record as soon as the run folder exists, then forwards everything. */
    TrainingListener writingOnStart(TrainingListener inner) {
        RunTaskRecord record = this;
        return new TrainingListener() {
            @Override
            public void onStart(String t, String runId, Path runDir, String device, int firstEpoch, int epochs) {
                if (!Files.exists(runDir.resolve(FILE))) {
                    record.write(runDir);
                }
                inner.onStart(t, runId, runDir, device, firstEpoch, epochs);
            }

            @Override
            public void onBatch(BatchProgress progress) {
                inner.onBatch(progress);
            }

            @Override
            public void onEpoch(raspc.runtime.run.EpochMetrics metrics, String line) {
                inner.onEpoch(metrics, line);
            }

            @Override
            public void onMessage(String message) {
                inner.onMessage(message);
            }
        };
    }

    private static Long longOrNull(com.fasterxml.jackson.databind.JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asLong() : null;
    }

    private static Integer intOrNull(com.fasterxml.jackson.databind.JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asInt() : null;
    }
}
