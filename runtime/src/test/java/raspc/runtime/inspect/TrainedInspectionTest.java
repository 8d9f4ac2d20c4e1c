package raspc.runtime.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.TaskRegistry;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TransformerModel;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * The toolkit on a small trained hist_10 model (one layer, one head: the plan's): the probe finds
 * hist after the layer and far above the untrained control; the model needs its head; an empty
 * ablation and a clean-into-clean patch change nothing.
 */
class TrainedInspectionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path runs;

    private static InspectedRun run;

    @BeforeAll
    static void train() {
        EncodedTaskData task = new EncodedTaskData(TaskRegistry.of(List.of(ROOT.resolve("languages/hist.rasp")))
                .resolve("hist_10_with_attns", new TaskOptions(null, 4000, 200, 300, 6)));
        TrainOptions options = new TrainOptions().dim(32).epochs(15).learningRate(3e-3f).seed(3).device(DeviceChoice.CPU)
                .runsRoot(runs).lengthGeneralisationSamples(0).handleCtrlC(false);
        TrainResult result = TrainingSession.train(task, options, TrainingListener.SILENT);
        run = InspectedRun.open(result.runDir(), task, DeviceChoice.CPU);
    }

    @AfterAll
    static void close() {
        run.close();
    }

    @Test
    void theProbeFindsHistAfterTheLayerFarAboveTheControl() {
        ProbeReport report = Prober.probe(run, run.testSamples(0), 0.3, 0, java.util.Map.of(), WorkProgress.NONE);
        System.out.print(report.toText());
        ProbeReport.Row hist = report.targets().stream().filter(r -> r.target().equals("hist")).findFirst().orElseThrow();
        assertEquals(1, hist.plannedStage());
        assertEquals("r2", hist.measure());
        ProbeReport.StageScore after = hist.byStage().get(1);
        assertTrue(after.score() > 0.5, "R² of hist after layer 0: " + after);
        assertTrue(after.score() > after.control() + 0.3, "trained vs untrained: " + after);
        assertTrue(hist.byStage().get(0).score() < after.score() - 0.3, "hist is not in the embedding: " + hist);
    }

    @Test
    void ablatingNothingChangesNothingAndTheHeadIsNeeded() {
        List<EncodedSample> samples = run.testSamples(0);
        SplitMetrics plain = run.model().outputEvaluator().metrics(samples);
        AblationReport report = Ablator.ablate(run, samples, List.of(AblationMode.ZERO), WorkProgress.NONE);
        assertEquals(plain.loss(), report.baseline().loss(), 1e-12);
        assertEquals(plain.tokenAccuracy(), report.baseline().accuracy(), 1e-12);
        System.out.print(report.toText());
        AblationReport.Row head = report.rows().get(0);
        assertEquals("L0.H0", head.component());
        assertTrue(head.accuracyChange() < -0.2, "without its head hist_10 cannot count: " + head);
    }

    /** Sinusoidal positions have norm sqrt(d / 2); hist counts tokens, so shuffling positions leaves it nearly intact. */
    @Test
    void embeddingsReadTheSinusoidsAndShufflingThemBarelyMatters() {
        EmbeddingReport report = EmbeddingInspector.inspect(run, run.testSamples(0), 1);
        for (EmbeddingReport.Point p : report.positions().points()) {
            assertEquals(4.0, p.norm(), 1e-4, "position " + p.label());
        }
        assertEquals(10, report.tokens().points().size());
        assertTrue(report.shuffled().accuracy() > report.intact().accuracy() - 0.1, report.toString());
    }

    @Test
    void patchingCleanIntoCleanIsTheIdentity() {
        TransformerModel model = run.model().model();
        try (NDManager m = run.model().manager().newSubManager()) {
            Batch batch = run.model().encoder().encode(m, run.testSamples(50), false);
            ForwardHooks clean = ForwardHooks.recording(Capture.RESIDUAL, Capture.CONTEXT);
            NDArray logits = model.run(run.model().store(), batch.tokens(), batch.lengths(), clean).logits();
            long length = batch.tokens().getShape().get(1);
            List<Component> components = List.of(new Component.Head(0, 0), new Component.Residual(0, 2),
                    new Component.Residual(1, 0), new Component.Residual(1, (int) length - 1));
            for (Component c : components) {
                ModelOutput patched = model.run(run.model().store(), batch.tokens(), batch.lengths(),
                        ForwardHooks.intervening(List.of(Patcher.patch(c, clean, clean, length))));
                assertEquals(0f, patched.logits().sub(logits).abs().max().getFloat(), 1e-5f, c.label());
            }
        }
    }
}
