package raspc.runtime.compose;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.AblationReport;
import raspc.runtime.inspect.Ablator;
import raspc.runtime.inspect.CompositionCorruption;
import raspc.runtime.inspect.CompositionSteps;
import raspc.runtime.inspect.EmbeddingInspector;
import raspc.runtime.inspect.EmbeddingReport;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.PatchReport;
import raspc.runtime.inspect.Patcher;
import raspc.runtime.inspect.ProbeReport;
import raspc.runtime.inspect.Prober;
import raspc.runtime.inspect.RunData;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/** The inspection toolkit on a tiny trained step-by-step composition decoder (seconds). */
class CompositionInspectionTest {
    @TempDir
    static Path runs;

    private static CompositionTask task;
    private static InspectedRun run;

    @BeforeAll
    static void train() {
        task = CompositionTrainingTest.tiny(8, PromptFormat.STEP_BY_STEP, 2000);
        CompositionData data = new CompositionData(task);
        Path dir = TrainingSession.train(data, CompositionTraining.decoder(2, 1, 48, 30, 32, 3e-3f, 0.1f, 900, 1).seed(3)
                .device(DeviceChoice.CPU).runsRoot(runs).runId("tiny").handleCtrlC(false), TrainingListener.SILENT).runDir();
        run = InspectedRun.open(RunFolder.open(dir), new RunData.Compositions(data, task), Devices.resolve(DeviceChoice.CPU),
                InspectedRun.SAVED);
    }

    @AfterAll
    static void close() {
        run.close();
    }

    @Test
    void samplesAreTheEvaluationDocumentsOfSeenAndUnseenCompositions() {
        List<EncodedSample> samples = run.testSamples(0);
        assertEquals(27, samples.size()); // one document of each in-order composition
        // a sample is read back as the document it was made of
        assertArrayEquals(task.evaluationDocument(task.evaluation().get(5).composition(), 0).ids(),
                CompositionSteps.document(task, samples.get(5)).ids());
        assertEquals(60, run.testSamples(60).size());
    }

    @Test
    void probesFindTheWrittenTokenAfterTheLastLayerAndNotInTheUntrainedModel() {
        ProbeReport report = Prober.probe(run, run.testSamples(120), 0.3, 0, Map.of(), WorkProgress.NONE);
        assertEquals(3, report.stages());
        assertNull(report.plannedLayers());
        // rows: every written output token (3 steps of 3 tokens) of every document
        assertEquals(120 * 9, report.rows());
        ProbeReport.Row written = row(report, "token written");
        ProbeReport.StageScore last = written.byStage().get(2);
        assertTrue(last.score() > written.chance() + 0.3, "written token after the last layer: " + last + ", chance "
                + written.chance());
        assertTrue(last.score() > last.control() + 0.2, "trained " + last.score() + " vs untrained " + last.control());
        for (String target : new String[] {"f0(x)", "f1(..f0(x))", "f2(..f0(x)) = y", "input x[i]", "function applied"}) {
            assertNotNull(row(report, target), target);
        }
    }

    @Test
    void ablationScoresEachWrittenOutputAndTheAnswerIsTheLast() {
        AblationReport report = Ablator.ablate(run, run.testSamples(0), List.of(AblationMode.MEAN, AblationMode.ZERO),
                WorkProgress.NONE);
        AblationReport.Figures intact = report.baseline();
        assertEquals(List.of("f0", "f1", "f2"), List.copyOf(intact.stepAccuracy().keySet()));
        assertEquals(intact.accuracy(), intact.stepAccuracy().get("f2"), 1e-12, "the answer is the last output");
        // 8 of the 27 compositions were seen in training: chance is 1 in 5 symbols
        assertTrue(intact.accuracy() > 0.4, "the trained decoder writes the answer: " + intact);
        assertEquals(2 * 2 * 2, report.rows().size()); // 2 heads and 2 MLPs, zero and mean
        // zeroing the last MLP (which feeds the tied classifier) costs the answer most of its accuracy
        AblationReport.Row mlp = report.rows().stream().filter(r -> r.component().equals("L1.MLP") && r.mode().equals("zero"))
                .findFirst().orElseThrow();
        assertTrue(mlp.accuracyChange() < -0.1, mlp.toString());
        assertEquals(List.of("mean f0", "mean f1", "mean f2", "zero f0", "zero f1", "zero f2"),
                report.heatmaps().get(0).columns());
    }

    @Test
    void patchingTheWholeResidualAfterTheLastLayerRestoresTheCleanAnswer() {
        List<Patcher.Pair> pairs = CompositionCorruption.TASK_TOKEN.pairs(task, run.testSamples(64), 1);
        for (Patcher.Pair p : pairs) {
            int differing = 0;
            for (int i = 0; i < 1 + task.definition().levels(); i++) {
                differing += p.clean().input()[i] != p.corrupt().input()[i] ? 1 : 0;
            }
            assertEquals(1, differing, "one task token changes");
        }
        List<String> roles = CompositionSteps.positionRoles(task);
        PatchReport report = Patcher.patch(run, pairs, "task-token", roles, WorkProgress.NONE);
        assertTrue(report.changedOutputs() > 0);
        // a causal decoder's logits at a position read only its own last residual: patching every
        // position after the last layer is the clean run, so the shares over positions sum to 1
        int last = report.layers();
        double sum = report.residual().stream().filter(c -> c.row() == last).mapToDouble(PatchReport.Cell::restored).sum();
        assertEquals(1.0, sum, 1e-3);
        // the prompt's positions after the last layer write no answer token
        assertEquals(0.0, report.residual().stream().filter(c -> c.row() == last && c.column() < 5)
                .mapToDouble(c -> Math.abs(c.restored())).sum(), 1e-6);
        assertEquals(roles.subList(0, task.documentLength() - 1), report.positions());
    }

    @Test
    void dataTokenCorruptionChangesOneInputToken() {
        int from = 2 + task.definition().levels();
        for (Patcher.Pair p : CompositionCorruption.DATA_TOKEN.pairs(task, run.testSamples(30), 2)) {
            int differing = 0;
            for (int i = 0; i < from + task.definition().inputLength(); i++) {
                differing += p.clean().input()[i] != p.corrupt().input()[i] ? 1 : 0;
            }
            assertEquals(1, differing);
        }
    }

    @Test
    void embeddingsTellTaskFromDataTokensAndShufflingPositionsHurts() {
        EmbeddingReport report = EmbeddingInspector.inspect(run, run.testSamples(0), 0);
        List<String> tokens = report.tokens().points().stream().map(EmbeddingReport.Point::label).toList();
        assertTrue(tokens.contains("T0_1") && tokens.contains("X4") && tokens.contains("_"), tokens.toString());
        assertEquals(1.0, report.tokens().colours()[tokens.indexOf("T2_0")]);
        assertEquals(0.0, report.tokens().colours()[tokens.indexOf("X0")]);
        assertEquals(task.documentLength() - 1, report.positions().points().size());
        assertEquals("T0", report.positions().points().get(1).label());
        assertTrue(report.shuffled().accuracy() < report.intact().accuracy(), report.shuffled() + " vs " + report.intact());
    }

    private static ProbeReport.Row row(ProbeReport report, String target) {
        return report.targets().stream().filter(r -> r.target().equals(target)).findFirst().orElse(null);
    }
}
