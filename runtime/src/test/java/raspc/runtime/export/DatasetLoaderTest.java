package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.dataset.DatasetWriter;
import raspc.compiler.dataset.Sample;
import raspc.compiler.dataset.SampleJson;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.Split;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.TaskRegistry;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.run.Json;
import raspc.runtime.testing.PythonPeer;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * examples/pytorch/load_dataset.py reads the JSON Lines that {@code raspc dataset} writes (the
 * schema of docs/datasets.md) and scores an exported model on them: it must count the same
 * scored outputs and the same accuracy as raspc's own predictions of the same samples, for a
 * per-position task with BOS and attention targets and for a Boolean function's readout.
 */
class DatasetLoaderTest {
    private static final Path ROOT = PythonPeer.repoRoot();
    private static PythonPeer python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPython() {
        python = PythonPeer.require();
    }

    @Test
    void sequenceTaskWithBosAndAttentionTargets() throws Exception {
        assertLoaderAgrees("reverse.rasp", "reverse_10_bos_with_attns", 6);
    }

    @Test
    void booleanFunction() throws Exception {
        assertLoaderAgrees("boolean.rasp", "majority_5", null);
    }

    /** Trains {@code name} briefly (inputs up to {@code maxLength}, null: the task's), exports it and compares. */
    private void assertLoaderAgrees(String file, String name, Integer maxLength) throws Exception {
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages").resolve(file)));
        LabelledTask task = registry.resolve(name, new TaskOptions(null, 300, 40, 80, maxLength));
        Path run = dir.resolve("run");
        TrainingSession.train(new EncodedTaskData(task), new TrainOptions().dim(16).epochs(2).learningRate(3e-3f)
                .device(DeviceChoice.CPU).runDir(run).lengthGeneralisationSamples(0).handleCtrlC(false),
                TrainingListener.SILENT);
        Path export = dir.resolve("export");
        ModelExport.export(run, export, "test");
        Path data = dir.resolve("test.jsonl");
        DatasetWriter.write(data, task.size(Split.TEST), i -> task.sample(Split.TEST, i), 1, n -> {});

        int scored = 0;
        int right = 0;
        try (RunPredictor raspc = RunPredictor.open(run, DeviceChoice.CPU)) {
            int first = raspc.config().hasBos() ? 1 : 0;
            for (String line : lines(data)) {
                Sample s = SampleJson.fromLine(line);
                Object output = raspc.predict(s.input().subList(first, s.input().size())).output();
                List<String> predicted = output instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                        : List.of((String) output);
                List<String> target = s.target().subList(output instanceof List ? first : 0, s.target().size());
                for (int i = 0; i < target.size(); i++) {
                    scored++;
                    right += target.get(i).equals(predicted.get(i)) ? 1 : 0;
                }
            }
        }
        PythonPeer.Result loaded = python.run(List.of(python.script("examples/pytorch/load_dataset.py").toString(),
                data.toString(), export.toString(), "--batch", "16"), 300);
        assertEquals(0, loaded.code(), loaded.output());
        JsonNode result = Json.mapper().readTree(loaded.output().lines().filter(l -> l.startsWith("{")).findFirst()
                .orElseThrow(() -> new AssertionError("no result line: " + loaded.output())));
        assertEquals(scored, result.get("scored_outputs").asInt(), loaded.output());
        assertEquals((double) right / scored, result.get("accuracy").asDouble(), 1e-12, loaded.output());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
