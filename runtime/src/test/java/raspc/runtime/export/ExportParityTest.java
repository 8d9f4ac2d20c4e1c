package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.CompositionStrategy;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.PromptFormat;
import raspc.grammar.ast.Pos;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.compose.CompositionTraining;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunConfig;
import raspc.runtime.testing.PythonPeer;
import raspc.runtime.testing.ToyTask;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * An exported run rebuilt by examples/pytorch/raspc_model.py predicts what raspc predicts, with
 * logits within 1e-5, for every choice a model has: the three position kinds, post- and pre-LN,
 * causal attention, per-position classification (with and without BOS), the two readouts of
 * Boolean functions (MSE regression, cross-entropy), the matrix tasks' masked regressor (BERT
 * blocks: GELU, the embedding norm, epsilon 1e-12; and the encoder's) and the composition study's
 * decoders, the GPT (GELU, no biases, tied embeddings) and the LSTM baseline, their greedy
 * generation compared token by token. Each model is trained briefly first, so that no parameter
 * is at its initial value. The loader's answers to inputs a model cannot read are checked too: one
 * line each, no traceback. Skipped when there is no Python with torch.
 */
class ExportParityTest {
    private static final double TOLERANCE = 1e-5;
    private static PythonPeer python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPython() {
        python = PythonPeer.require();
    }

    private TrainOptions sequence(PositionEncoding positions, NormPlacement norm, boolean causal) {
        return new TrainOptions().dim(16).epochs(2).learningRate(3e-3f).seed(3).device(DeviceChoice.CPU)
                .positions(positions).norm(norm).causal(causal).runDir(dir.resolve("run"))
                .lengthGeneralisationSamples(0).handleCtrlC(false);
    }

    private void trainBoolean(PositionEncoding positions, NormPlacement norm, boolean causal, ReadoutLoss loss) {
        BooleanFunction first = BooleanFunction.of("first_5", 5, x -> (x & 1) == 1);
        BooleanTrainOptions options = new BooleanTrainOptions().dim(16).steps(60).evalEvery(30).evalInputs(16)
                .learningRate(3e-3f);
        TrainOptions train = options.trainOptions(DeviceChoice.CPU).positions(positions).norm(norm).causal(causal)
                .readoutLoss(loss).runDir(dir.resolve("run")).handleCtrlC(false);
        TrainingSession.train(options.data(first), train, TrainingListener.SILENT);
    }

    @Test
    void reverseWithSinusoidsAndPostNorm() {
        TrainingSession.train(ToyTask.reverse(6, 6, 200, 40), sequence(PositionEncoding.SINUSOIDAL, NormPlacement.POST,
                false), TrainingListener.SILENT);
        assertSamePredictions(8, false); // sinusoids read inputs longer than the training ones
    }

    @Test
    void sortWithBosLearnedPositionsAndPreNorm() {
        TrainingSession.train(ToyTask.sortWithAttention(6, 6, 200, 40), sequence(PositionEncoding.LEARNED,
                NormPlacement.PRE, false), TrainingListener.SILENT);
        assertSamePredictions(6, false);
    }

    @Test
    void causalReverseWithConcatenatedPositionsAndPreNorm() {
        TrainingSession.train(ToyTask.reverse(6, 6, 200, 40), sequence(PositionEncoding.LEARNED_CONCAT,
                NormPlacement.PRE, true), TrainingListener.SILENT);
        assertSamePredictions(6, false);
    }

    @Test
    void booleanRegressionReadoutAsThePaperTrainsIt() {
        trainBoolean(PositionEncoding.LEARNED_CONCAT, NormPlacement.POST, false, ReadoutLoss.MSE);
        assertSamePredictions(5, true);
    }

    @Test
    void booleanClassifierReadoutWithSinusoidsAndPreNorm() {
        trainBoolean(PositionEncoding.SINUSOIDAL, NormPlacement.PRE, false, ReadoutLoss.CROSS_ENTROPY);
        assertSamePredictions(5, true);
    }

    @Test
    void causalBooleanRegressionWithLearnedPositions() {
        trainBoolean(PositionEncoding.LEARNED, NormPlacement.POST, true, ReadoutLoss.MSE);
        assertSamePredictions(5, true);
    }

    @Test
    void compositionDecoderGeneratesTheSameContinuations() {
        trainComposition(CompositionTraining.Model.GPT);
        assertSamePredictions(6, false); // prompts of 1..6 tokens, each continued to a whole document
    }

    @Test
    void compositionLstmGeneratesTheSameContinuations() {
        trainComposition(CompositionTraining.Model.LSTM);
        assertSamePredictions(6, false);
        // no position table: it continues past the 20 positions the GPT of the same options learns
        assertSamePredictions(2, false, 24);
    }

    /** A tiny composition decoder of train-compose's {@code model}, 2 layers of width 16. */
    private void trainComposition(CompositionTraining.Model model) {
        // 2 levels of 1 bijection over 4 symbols, inputs of 3: 4 compositions, 15-token documents
        CompositionDefinition d = new CompositionDefinition("tiny", "<test>", Pos.NONE, 4, 3, 2, 1, false, false, 200, 20,
                1, 0, List.of(2), 0);
        CompositionData data = new CompositionData(new CompositionTask(d, new CompositionStrategy.Random(2),
                PromptFormat.STEP_BY_STEP));
        TrainingSession.train(data, CompositionTraining.options(model, 2, 2, 16, 20, 16, 3e-3f, 0.1f, 40, 1)
                .checkpointGeneration(0).seed(3).device(DeviceChoice.CPU).runDir(dir.resolve("run")).handleCtrlC(false),
                TrainingListener.SILENT);
    }

    @Test
    void matrixBertRegressorGivesTheSameValues() {
        trainMatrix(Architecture.BERT);
        assertSamePredictions(9, true); // the 9 entries of a 3 x 3 matrix, values and MASK
    }

    @Test
    void matrixEncoderRegressorGivesTheSameValues() {
        trainMatrix(Architecture.ENCODER);
        assertSamePredictions(9, true);
    }

    /** raspc_model.py's word on inputs it cannot read: one line each (as raspc's), the others still answered, exit 1. */
    @Test
    void loaderMistakesAreOneLineEach() {
        trainMatrix(Architecture.BERT);
        Path export = dir.resolve("export");
        ModelExport.export(dir.resolve("run"), export, "test");
        String whole = "[\"0.00\",\"MASK\",\"0.01\",\"0.00\",\"0.00\",\"MASK\",\"0.00\",\"-0.01\",\"MASK\"]";
        PythonPeer.Result torch = python.run(List.of(python.script("examples/pytorch/raspc_model.py").toString(),
                export.toString(), "[\"0.00\",\"MASK\"]", "[\"0.00\",\"MASK\",\"9.99\",\"z\",\"0.00\",\"0.00\",\"0.00\",\"0.00\",\"0.00\"]",
                "[\"0.00\"", whole), 300);
        assertEquals(1, torch.code(), torch.output());
        assertFalse(torch.output().contains("Traceback"), torch.output());
        List<JsonNode> lines = torch.output().lines().map(ExportParityTest::read).toList();
        assertEquals(4, lines.size(), torch.output());
        assertEquals("run run completes matrices of 9 entries (value tokens and MASK, row by row); the input has 2",
                lines.get(0).get("error").asText());
        assertTrue(lines.get(1).get("error").asText().contains("has tokens that run run does not know: 9.99, z (its tokens: MASK "),
                lines.get(1).toString());
        assertTrue(lines.get(2).get("error").asText().startsWith("input '[\"0.00\"' is not a JSON array"), lines.get(2).toString());
        assertEquals(9, lines.get(3).get("output").size(), lines.get(3).toString());
        try (RunPredictor raspc = RunPredictor.open(dir.resolve("run"), DeviceChoice.CPU)) {
            RuntimeUserException e = assertThrows(RuntimeUserException.class, () -> raspc.predictLine("[\"0.00\",\"MASK\"]", false));
            assertEquals(lines.get(0).get("error").asText(), e.getMessage(), "raspc predict says the same");
        }
    }

    private void trainMatrix(Architecture architecture) {
        MatrixTrainOptions options = new MatrixTrainOptions().architecture(architecture).dim(16).layers(1).heads(2)
                .steps(40).batchSize(16).learningRate(3e-3f).evalEvery(20).evalMatrices(16);
        MatrixTaskData data = options.data(MatrixTask.parse("matrix_3_rank1_p30"));
        TrainingSession.train(data, options.trainOptions(DeviceChoice.CPU).runDir(dir.resolve("run")).handleCtrlC(false),
                TrainingListener.SILENT);
    }

    /**
     * Exports the run, predicts random inputs both ways and compares: inputs of lengths
     * 1..maxLength, or all of maxLength for a task defined at one length (a Boolean function's n).
     */
    private void assertSamePredictions(int maxLength, boolean fixedLength) {
        assertSamePredictions(maxLength, fixedLength, null);
    }

    /** The same, a decoder generating {@code generate} tokens after each prompt (null: its default). */
    private void assertSamePredictions(int maxLength, boolean fixedLength, Integer generate) {
        Path run = dir.resolve("run");
        Path export = dir.resolve("export");
        ModelExport.export(run, export, "test");
        List<String> inputs;
        List<String> expected = new ArrayList<>();
        try (RunPredictor raspc = RunPredictor.open(run, DeviceChoice.CPU, generate)) {
            inputs = inputs(raspc.config(), maxLength, fixedLength);
            for (String input : inputs) {
                expected.add(raspc.predictLine(input, true));
            }
        }
        List<String> args = new ArrayList<>(List.of(python.script("examples/pytorch/raspc_model.py").toString(),
                export.toString(), "--logits"));
        if (generate != null) {
            args.addAll(List.of("--generate", generate.toString()));
        }
        args.addAll(inputs);
        PythonPeer.Result torch = python.run(args, 300);
        assertEquals(0, torch.code(), torch.output());
        List<String> actual = torch.output().lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(inputs.size(), actual.size(), torch.output());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode want = read(expected.get(i));
            JsonNode got = read(actual.get(i));
            assertEquals(want.get("input"), got.get("input"), inputs.get(i));
            assertEquals(want.get("output"), got.get("output"), "prediction of " + inputs.get(i));
            assertClose(want.get("logits"), got.get("logits"), inputs.get(i));
        }
    }

    /** Twelve random inputs as JSON arrays. */
    private static List<String> inputs(RunConfig config, int maxLength, boolean fixed) {
        List<String> tokens = new ArrayList<>(config.inputVocab());
        if (config.hasBos()) {
            tokens.remove(config.padId());
        }
        Random random = new Random(11);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int length = fixed ? maxLength : 1 + i % maxLength;
            List<String> input = new ArrayList<>();
            for (int j = 0; j < length; j++) {
                input.add(tokens.get(random.nextInt(tokens.size())));
            }
            inputs.add(Json.line(input));
        }
        return inputs;
    }

    private static JsonNode read(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static void assertClose(JsonNode want, JsonNode got, String where) {
        if (want.isNumber()) {
            assertTrue(got.isNumber(), where + ": " + got + " instead of " + want);
            double difference = Math.abs(want.asDouble() - got.asDouble());
            if (difference > TOLERANCE) {
                fail(where + ": logit " + got.asDouble() + " from PyTorch, " + want.asDouble() + " from raspc (off by "
                        + difference + ")");
            }
            return;
        }
        assertTrue(want.isArray() && got.isArray() && want.size() == got.size(), where + ": " + got + " vs " + want);
        for (int i = 0; i < want.size(); i++) {
            assertClose(want.get(i), got.get(i), where);
        }
    }
}
