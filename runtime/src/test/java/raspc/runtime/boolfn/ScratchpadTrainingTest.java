package raspc.runtime.boolfn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.analysis.AnalysisOptions;
import raspc.runtime.analysis.ScratchpadAnalysis;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.Report;
import raspc.runtime.model.Architecture;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

public class ScratchpadTrainingTest {
    @TempDir
    Path dir;

    /** Teacher-forced: the target of token j is token j + 1, and the input bits' targets are not scored. */
    @Test
    void aSampleScoresTheAnswerTokensOnly() {
        ScratchpadTask t = ScratchpadTask.parse("parity_scratchpad_4");
        int[] doc = t.document(0b1011); // 1 1 0 1 | 1 0 0 1
        EncodedSample s = ScratchpadData.sample(t, doc);
        assertArrayEquals(new int[] {1, 1, 0, 1, 1, 0, 0}, s.input());
        int u = EncodedSample.UNSCORED;
        assertArrayEquals(new int[] {u, u, u, 1, 0, 0, 1}, s.target(), "p1 is predicted at x4's position");
        EncodedSample direct = ScratchpadData.sample(ScratchpadTask.parse("parity_direct_4"), new int[] {1, 1, 0, 1, 1});
        assertArrayEquals(new int[] {u, u, u, 1}, direct.target());
    }

    @Test
    void theGenerationEvaluationScoresTheFinalParityOfEveryEvaluationInput() {
        ScratchpadData data = new BooleanTrainOptions().evalInputs(64).data(ScratchpadTask.parse("parity_scratchpad_5"));
        List<GenerationCase> cases = data.generation().orElseThrow();
        assertEquals(32, cases.size(), "all 2^5 inputs");
        GenerationCase c = cases.get(0);
        assertEquals(5, c.promptLength());
        assertEquals(5, c.generatedLength());
        assertEquals(1, c.answerLength());
        assertThrows(IllegalArgumentException.class,
                () -> new BooleanTrainOptions().trainInputs(8).data(ScratchpadTask.parse("parity_scratchpad_5")));
    }

    /**
     * A tiny decoder (d = 32, 2 layers, 2 heads) trained on {@code task} into {@code dir} for at
     * most {@code steps} steps, evaluated on 64 inputs (all of them up to n = 6): the fixture of
     * the tests that train a scratchpad run.
     */
    public static TrainResult trainTiny(ScratchpadTask task, Path dir, int steps) {
        BooleanTrainOptions options = new BooleanTrainOptions().dim(32).heads(2).batchSize(64).learningRate(3e-3f)
                .steps(steps).evalEvery(50).evalInputs(64).convergenceMse(0.01);
        return TrainingSession.train(options.data(task), options.decoderOptions(DeviceChoice.CPU).runDir(dir)
                .handleCtrlC(false).taskRecord(options.taskRecord(task)), TrainingListener.SILENT);
    }

    /** The decoder learns a small scratchpad in seconds; the report generates the answers, analyze measures sharpness. */
    @Test
    void aTinyScratchpadConvergesAndIsAnalysed() throws Exception {
        ScratchpadTask task = ScratchpadTask.parse("parity_scratchpad_4");
        TrainResult run = trainTiny(task, dir, 600);
        Report r = run.report();
        assertTrue(r.convergedStep() > 0, "parity_scratchpad_4 should converge in 600 steps: " + r);
        // the input bits are not scored: were they, a converged model would be near 70% (random bits)
        assertTrue(r.splits().get("valid").tokenAccuracy() > 0.99, r.toString());
        assertEquals(1.0, r.compositions().seen().tokenAccuracy(), 1e-9, "every final answer generated right");
        assertEquals(16, r.compositions().seen().documents());
        RunConfig config = RunFolder.open(dir).readConfig();
        assertEquals(Architecture.GPT, config.model().architecture());
        assertEquals(128, config.model().ff(), "the decoder's FFN width is 4d");

        ScratchpadAnalysis a = ScratchpadAnalysis.analyze(RunFolder.open(dir), task, AnalysisOptions.defaults().withDraws(3),
                Device.cpu());
        assertTrue(a.converged());
        assertEquals(1.0, a.finalAccuracy(), 1e-9);
        assertTrue(Double.isFinite(a.sharpness().sharpness()) && a.sharpness().draws() == 3, a.toText());
        assertEquals(16, a.sharpness().inputs());
        assertTrue(a.parameterNorm() > 0);
        assertTrue(Files.readString(dir.resolve(RunFolder.ANALYSIS_TEXT)).contains("final answer accuracy 1.0000"));
    }
}
