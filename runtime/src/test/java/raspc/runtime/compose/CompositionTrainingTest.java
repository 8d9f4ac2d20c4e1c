package raspc.runtime.compose;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.CompositionStrategy;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.grammar.ast.Pos;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.eval.GenerationEvaluator;
import raspc.runtime.eval.GenerationReport;
import raspc.runtime.eval.GreedyGeneration;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/** A tiny composition study trains a decoder to generate its seen compositions' answers. */
class CompositionTrainingTest {
    @TempDir
    Path runs;

    /** 3 levels of 2 bijections over 5 symbols, inputs of 3: 27 in-order compositions. */
    static CompositionTask tiny(int compositions, PromptFormat format, int documents) {
        CompositionDefinition d = new CompositionDefinition("tiny", "<test>", Pos.NONE, 5, 3, 3, 2, false, false,
                documents, 200, 20, 0, List.of(compositions), 0);
        return new CompositionTask(d, new CompositionStrategy.Random(compositions), format);
    }

    @Test
    void decoderLearnsTheSeenCompositions() throws Exception {
        CompositionData data = new CompositionData(tiny(8, PromptFormat.STEP_BY_STEP, 4000));
        int steps = 1200;
        TrainResult result = TrainingSession.train(data,
                CompositionTraining.decoder(2, 1, 48, 30, 32, 3e-3f, 0.1f, steps, 4).seed(3).device(DeviceChoice.CPU)
                        .runsRoot(runs).runId("tiny").handleCtrlC(false),
                TrainingListener.SILENT);
        GenerationReport compositions = result.report().compositions();
        assertNotNull(compositions);
        assertEquals(8, compositions.seen().count());
        assertEquals(27 - 8, compositions.unseen().count());
        assertEquals(8 * 20, compositions.seen().documents());
        assertTrue(compositions.seen().sequenceAccuracy() >= 0.95, "seen: " + compositions.seen());
        assertEquals(steps, result.report().steps());
        // the table has one row per composition and agrees with the summary
        List<GenerationEvaluator.GroupResult> table = RunFolder.open(result.runDir())
                .readGenerationTable(GenerationEvaluator.GroupResult.class);
        assertEquals(27, table.size());
        assertEquals(compositions.seen().tokenAccuracy(),
                GenerationReport.metrics(table, GenerationEvaluator.GroupResult::seen).tokenAccuracy(), 1e-12);
        assertTrue(Files.readString(result.runDir().resolve(RunFolder.REPORT)).contains("\"compositions\""));
        onlyTheAnswerIsScored(data, result);
        cachedGenerationIsTheRerunOne(data, result);
        accuracyIsFollowedOverCheckpoints(RunFolder.open(result.runDir()).readMetrics(), compositions);
    }

    @Test
    void lstmBaselineTrainsOnTheSameDataAndIsScoredTheSameWay() throws Exception {
        CompositionData data = new CompositionData(tiny(8, PromptFormat.STEP_BY_STEP, 400));
        TrainResult result = TrainingSession.train(data,
                CompositionTraining.options(CompositionTraining.Model.LSTM, 1, 1, 24, 30, 16, 3e-3f, 0.1f, 40, 2)
                        .checkpointGeneration(16).seed(3).device(DeviceChoice.CPU).runsRoot(runs).runId("lstm")
                        .handleCtrlC(false),
                TrainingListener.SILENT);
        RunFolder folder = RunFolder.open(result.runDir());
        assertEquals(raspc.runtime.model.Architecture.LSTM, folder.readConfig().model().architecture());
        // the summary names what it is: recurrent layers, no heads or MLP
        String summary = raspc.runtime.eval.ReportFormatter.summary(result.report());
        assertTrue(summary.contains("model      1 LSTM layer, d=24, "), summary);
        GenerationReport compositions = result.report().compositions();
        assertNotNull(compositions);
        assertEquals(8, compositions.seen().count());
        assertEquals(27 - 8, compositions.unseen().count());
        assertEquals(27, folder.readGenerationTable(GenerationEvaluator.GroupResult.class).size());
        assertTrue(Files.readString(result.runDir().resolve(RunFolder.REPORT)).contains("\"compositions\""));
        List<EpochMetrics> metrics = folder.readMetrics();
        assertEquals(2, metrics.size());
        assertTrue(metrics.get(1).trainLoss() < metrics.get(0).trainLoss(), "the loss falls: " + metrics);
        assertNotNull(metrics.get(1).generation());
        cachedGenerationIsTheRerunOne(data, result);
    }

    @Test
    void anInterruptedDecoderRunResumesToItsBudget() throws Exception {
        CompositionData data = new CompositionData(tiny(8, PromptFormat.DIRECT, 400));
        TrainResult straight = TrainingSession.train(data, small("straight"), TrainingListener.SILENT);
        raspc.runtime.train.StopRequest stop = new raspc.runtime.train.StopRequest();
        TrainResult stopped = TrainingSession.train(data, small("halves").stopRequest(stop),
                new raspc.runtime.train.StopAfterRound(stop, 1));
        assertTrue(stopped.interrupted());
        assertEquals(1, RunFolder.open(stopped.runDir()).readMetrics().size());
        TrainResult resumed = TrainingSession.resume(stopped.runDir(), data, DeviceChoice.CPU, null, false, 0,
                TrainingListener.SILENT);
        assertFalse(resumed.interrupted());
        assertEquals(40, resumed.report().steps());
        List<EpochMetrics> metrics = RunFolder.open(resumed.runDir()).readMetrics();
        List<EpochMetrics> expected = RunFolder.open(straight.runDir()).readMetrics();
        assertEquals(expected.size(), metrics.size());
        assertEquals(expected.get(1).trainLoss(), metrics.get(1).trainLoss(), 1e-5, "the second round continues the first");
        assertEquals(straight.report().compositions().seen().tokenAccuracy(),
                resumed.report().compositions().seen().tokenAccuracy(), 1e-9);
    }

    /** A 40-step decoder run of two rounds on the tiny study. */
    private TrainOptions small(String runId) {
        return CompositionTraining.decoder(1, 1, 16, 30, 16, 3e-3f, 0.1f, 40, 2).checkpointGeneration(16).seed(3)
                .device(DeviceChoice.CPU).runsRoot(runs).runId(runId).handleCtrlC(false);
    }

    /**
     * Generation from the model's decoding state (key/value cache, LSTM state) writes exactly the
     * tokens that re-running the whole prefix for every token writes, and its logits agree.
     */
    private static void cachedGenerationIsTheRerunOne(CompositionData data, TrainResult result) {
        List<GenerationCase> cases = data.generation().orElseThrow();
        int prompt = cases.get(0).promptLength();
        int count = cases.get(0).tokens().length - prompt;
        long[] ids = cases.stream().limit(64).flatMapToLong(c -> java.util.Arrays.stream(c.tokens()).limit(prompt).asLongStream())
                .toArray();
        try (TrainedModel trained = TrainedModel.open(RunFolder.open(result.runDir()), ai.djl.Device.cpu());
                ai.djl.ndarray.NDManager m = trained.manager().newSubManager()) {
            ai.djl.ndarray.NDArray prompts = m.create(ids, new ai.djl.ndarray.types.Shape(ids.length / prompt, prompt));
            long[] cached = GreedyGeneration.generate(trained.model(), trained.store(), prompts, count).toLongArray();
            long[] rerun = GreedyGeneration.generateByRerunning(trained.model(), trained.store(), prompts, count).toLongArray();
            assertArrayEquals(rerun, cached);
            // the logits after reading a prefix in two parts equal those of one pass over it
            ai.djl.ndarray.NDArray whole = m.create(java.util.Arrays.copyOf(cached, prompt + count), new ai.djl.ndarray.types.Shape(1, prompt + count));
            var decoding = trained.model().decoding(trained.store());
            decoding.read(whole.get(":, :{}", prompt));
            float[] stepped = decoding.read(whole.get(":, {}:", prompt)).toFloatArray();
            float[] full = trained.model().run(trained.store(), whole, m.create(new long[] {prompt + count}), false).logits()
                    .get(":, -1, :").toFloatArray();
            assertArrayEquals(full, stepped, 1e-4f);
        }
    }

    /** Every checkpoint generated the same sample (half seen, half unseen); the last agrees with the report. */
    private static void accuracyIsFollowedOverCheckpoints(List<EpochMetrics> metrics, GenerationReport report) {
        assertEquals(4, metrics.size());
        for (EpochMetrics m : metrics) {
            GenerationFigures g = m.generation();
            assertNotNull(g, "round " + m.epoch());
            assertEquals(CompositionTraining.CHECKPOINT_DOCUMENTS / 2, g.seenDocuments());
            assertEquals(CompositionTraining.CHECKPOINT_DOCUMENTS / 2, g.unseenDocuments());
        }
        GenerationFigures first = metrics.get(0).generation();
        GenerationFigures last = metrics.get(metrics.size() - 1).generation();
        assertTrue(last.seenSequenceAccuracy() >= 0.9, "last checkpoint: " + last);
        assertTrue(first.seenSequenceAccuracy() <= last.seenSequenceAccuracy(), first + " then " + last);
        assertEquals(report.seen().sequenceAccuracy(), last.seenSequenceAccuracy(), 0.1, "the sample tracks the full evaluation");
    }

    /**
     * Changing a reference document's intermediate outputs (after the prompt, before the answer)
     * leaves the scores alone; changing its answer does not. The prompt ends at the second separator.
     */
    private static void onlyTheAnswerIsScored(CompositionData data, TrainResult result) {
        List<GenerationCase> cases = data.generation().orElseThrow().subList(0, 40);
        int separator = data.task().vocabulary().separator();
        GenerationCase first = cases.get(0);
        assertEquals(separator, first.tokens()[first.promptLength() - 1], "the prompt ends with the second separator");
        assertEquals(2, java.util.stream.IntStream.of(java.util.Arrays.copyOf(first.tokens(), first.promptLength()))
                .filter(t -> t == separator).count());
        try (TrainedModel trained = TrainedModel.open(RunFolder.open(result.runDir()), ai.djl.Device.cpu())) {
            GenerationEvaluator evaluator = new GenerationEvaluator(trained.model(), trained.store(), trained.manager(), 16);
            GenerationReport.GenerationMetrics base = metrics(evaluator, cases);
            GenerationReport.GenerationMetrics middle = metrics(evaluator, cases.stream().map(c -> changed(c, c.promptLength())).toList());
            assertEquals(base.tokenAccuracy(), middle.tokenAccuracy(), 1e-12);
            assertEquals(base.sequenceAccuracy(), middle.sequenceAccuracy(), 1e-12);
            GenerationReport.GenerationMetrics answer = metrics(evaluator,
                    cases.stream().map(c -> changed(c, c.tokens().length - 1)).toList());
            assertTrue(answer.tokenAccuracy() < base.tokenAccuracy(), base + " vs " + answer);
        }
    }

    private static GenerationReport.GenerationMetrics metrics(GenerationEvaluator evaluator, List<GenerationCase> cases) {
        return GenerationReport.metrics(evaluator.evaluate(cases, raspc.runtime.WorkProgress.NONE), g -> true);
    }

    /** The case with token {@code at} of its reference replaced by another data token. */
    private static GenerationCase changed(GenerationCase c, int at) {
        int[] tokens = c.tokens().clone();
        tokens[at] = (tokens[at] + 1) % 5;
        return new GenerationCase(tokens, c.promptLength(), c.answerLength(), c.group(), c.bucket(), c.seen());
    }
}
