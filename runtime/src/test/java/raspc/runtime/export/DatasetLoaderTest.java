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
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.CompositionStrategy;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.CompositionJson;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.PromptFormat;
import raspc.grammar.ast.Pos;
import raspc.compiler.task.Split;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.TaskRegistry;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.compose.CompositionTraining;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.run.Json;
import raspc.runtime.testing.PythonPeer;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * examples/pytorch/load_dataset.py reads the JSON Lines that {@code raspc dataset} writes (the
 * schema of docs/datasets.md) and scores an exported model on them: it must count the same
 * scored outputs and the same accuracy as raspc's own predictions of the same samples, for a
 * per-position task with BOS and attention targets, for a Boolean function's readout, for a matrix
 * task's masked regressor (each entry's nearest value token) and for a composition decoder (the
 * answer tokens it generates greedily from each prompt).
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
        // a file of another task is a one-line message naming the line, not a traceback
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"input\":[\"0\",\"1\",\"0\",\"1\",\"1\"],\"target\":[\"1\"]}\n"
                + "{\"input\":[\"a\",\"b\",\"0\",\"1\",\"1\"],\"target\":[\"1\"]}\n");
        PythonPeer.Result loaded = python.run(List.of(python.script("examples/pytorch/load_dataset.py").toString(),
                other.toString(), dir.resolve("export").toString()), 300);
        assertEquals(1, loaded.code(), loaded.output());
        assertEquals("load_dataset.py: " + other + ": line 2 has tokens the exported model does not know: a, b "
                + "(is it a dataset of the run's task?)", loaded.output().strip());
    }

    @Test
    void matrixTask() throws Exception {
        MatrixTask task = MatrixTask.parse("matrix_3_rank1_p30");
        MatrixTrainOptions options = new MatrixTrainOptions().dim(16).layers(1).heads(2).steps(40).batchSize(16)
                .learningRate(3e-3f).evalEvery(20).evalMatrices(24);
        Path run = dir.resolve("run");
        TrainingSession.train(options.data(task), options.trainOptions(DeviceChoice.CPU).runDir(run).handleCtrlC(false),
                TrainingListener.SILENT);
        List<MaskedMatrix> matrices = options.data(task).matrices("test");
        Path data = dir.resolve("test.jsonl");
        DatasetWriter.write(data, matrices.size(), i -> task.sample(matrices.get(i)), 1, n -> {});
        int scored = 0;
        int right = 0;
        try (RunPredictor raspc = RunPredictor.open(run, DeviceChoice.CPU)) {
            for (String line : lines(data)) {
                Sample s = SampleJson.fromLine(line);
                List<?> predicted = (List<?>) raspc.predict(s.input()).output();
                for (int i = 0; i < s.target().size(); i++) {
                    scored++;
                    right += s.target().get(i).equals(predicted.get(i)) ? 1 : 0;
                }
            }
        }
        assertLoaderCounts(run, data, scored, right);
    }

    @Test
    void compositionDocuments() throws Exception {
        CompositionDefinition d = new CompositionDefinition("tiny", "<test>", Pos.NONE, 4, 3, 2, 1, false, false, 200, 20,
                3, 0, List.of(2), 0);
        CompositionTask task = new CompositionTask(d, new CompositionStrategy.Random(2), PromptFormat.STEP_BY_STEP);
        Path run = dir.resolve("run");
        TrainingSession.train(new CompositionData(task), CompositionTraining.decoder(2, 2, 16, 20, 16, 3e-3f, 0.1f, 60, 1)
                .checkpointGeneration(0).seed(3).device(DeviceChoice.CPU).runDir(run).handleCtrlC(false),
                TrainingListener.SILENT);
        Path data = dir.resolve("test.jsonl");
        DatasetWriter.writeLines(data, task.size(Split.TEST), i -> CompositionJson.jsonLine(task, task.document(Split.TEST, i)),
                1, n -> {});
        int scored = 0;
        int right = 0;
        try (RunPredictor raspc = RunPredictor.open(run, DeviceChoice.CPU)) {
            for (String line : lines(data)) {
                JsonNode document = Json.mapper().readTree(line);
                List<String> tokens = new java.util.ArrayList<>();
                document.get("tokens").forEach(t -> tokens.add(t.asText()));
                int prompt = document.get("prompt_length").asInt();
                int answer = document.get("answer_length").asInt();
                // every document has the training length, so the default generation completes it
                List<?> generated = (List<?>) raspc.predict(tokens.subList(0, prompt)).output();
                for (int i = 1; i <= answer; i++) {
                    scored++;
                    right += tokens.get(tokens.size() - i).equals(generated.get(generated.size() - i)) ? 1 : 0;
                }
            }
        }
        assertLoaderCounts(run, data, scored, right);
    }

    /** Trains {@code name} briefly (inputs up to {@code maxLength}, null: the task's), exports it and compares. */
    private void assertLoaderAgrees(String file, String name, Integer maxLength) throws Exception {
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages").resolve(file)));
        LabelledTask task = registry.resolve(name, new TaskOptions(null, 300, 40, 80, maxLength));
        Path run = dir.resolve("run");
        TrainingSession.train(new EncodedTaskData(task), new TrainOptions().dim(16).epochs(2).learningRate(3e-3f)
                .device(DeviceChoice.CPU).runDir(run).lengthGeneralisationSamples(0).handleCtrlC(false),
                TrainingListener.SILENT);
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
        assertLoaderCounts(run, data, scored, right);
    }

    /** Exports the run, and the loader scores {@code data} as raspc did: the same count, the same accuracy. */
    private void assertLoaderCounts(Path run, Path data, int scored, int right) throws Exception {
        Path export = dir.resolve("export");
        ModelExport.export(run, export, "test");
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
