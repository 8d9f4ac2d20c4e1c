package raspc.runtime.boolfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.AblationReport;
import raspc.runtime.inspect.Ablator;
import raspc.runtime.inspect.EmbeddingInspector;
import raspc.runtime.inspect.EmbeddingReport;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.PatchReport;
import raspc.runtime.inspect.Patcher;
import raspc.runtime.inspect.ProbeReport;
import raspc.runtime.inspect.Prober;
import raspc.runtime.inspect.RunData;
import raspc.runtime.inspect.ScratchpadCorruption;
import raspc.runtime.inspect.ScratchpadPositions;
import raspc.runtime.run.RunFolder;

/** The inspection toolkit on a tiny trained parity_scratchpad_6 decoder (seconds). */
class ScratchpadInspectionTest {
    @TempDir
    static Path dir;

    private static final ScratchpadTask TASK = ScratchpadTask.parse("parity_scratchpad_6");
    private static InspectedRun run;

    @BeforeAll
    static void train() {
        ScratchpadTrainingTest.trainTiny(TASK, dir, 800);
        RunFolder folder = RunFolder.open(dir);
        // as the commands rebuild it: from the sample source the run's task.json records
        ScratchpadData data = BooleanTrainOptions.dataOfRun(TASK, folder.readConfig(),
                folder.readTaskRecord().orElseThrow().online());
        run = InspectedRun.open(folder, new RunData.Scratchpads(data), Devices.resolve(DeviceChoice.CPU), InspectedRun.SAVED);
    }

    @AfterAll
    static void close() {
        run.close();
    }

    @Test
    void probesReadTheParityBeingWrittenAfterTheLastLayer() {
        List<EncodedSample> samples = run.testSamples(0);
        assertEquals(64, samples.size(), "every input of 6 bits");
        ProbeReport report = Prober.probe(run, samples, 0.3, 0, Map.of(), WorkProgress.NONE);
        assertEquals(3, report.stages());
        assertNull(report.plannedLayers());
        assertEquals(ProbeReport.BY_PREFIX, report.heldOutBy());
        assertEquals(64 * 11, report.rows(), "every position the model reads: x1..x6 p1..p5");
        ProbeReport.Row next = row(report, "next token (answer)");
        ProbeReport.StageScore last = next.byStage().get(2);
        assertTrue(last.score() > 0.95 && last.score() > next.chance() + 0.3,
                "the running parity after the last layer: " + last + ", chance " + next.chance());
        ProbeReport.Row bit = row(report, "bit x_i");
        assertTrue(bit.byStage().get(0).score() > 0.99, "the embedding holds the bit it reads: " + bit);
        assertNotNull(row(report, "prefix parity x1..x_i"));
        assertNotNull(row(report, "parity x1..x6 at x6"));
        assertEquals(9, report.targets().size() + report.skipped().size(),
                "x_i, the prefix parity and at x2 .. x6, the next token, the bit consumed");
        assertNotNull(row(report, "bit consumed x_(j+1)"));
    }

    @Test
    void ablationScoresTheAnswerTokensThePrefixParitiesAndTheFinalParity() {
        AblationReport report = Ablator.ablate(run, run.testSamples(0), List.of(AblationMode.MEAN, AblationMode.ZERO),
                WorkProgress.NONE);
        AblationReport.Figures intact = report.baseline();
        assertEquals(List.of("p1..p5", "p6"), List.copyOf(intact.stepAccuracy().keySet()));
        assertTrue(intact.accuracy() > 0.99 && intact.sequenceAccuracy() > 0.95, "converged: " + intact);
        assertEquals(2 * 2 * (2 + 1), report.rows().size(), "4 heads and 2 MLPs, mean and zero");
        assertTrue(report.rows().stream().anyMatch(r -> r.accuracyChange() < -0.2),
                "some component is needed: " + report.toText());
    }

    @Test
    void patchingTheWholeResidualAfterTheLastLayerRestoresTheCleanAnswer() {
        List<Patcher.Pair> pairs = ScratchpadCorruption.flipOne(TASK, run.testSamples(0), 1);
        for (Patcher.Pair p : pairs) {
            int differing = 0;
            for (int i = 0; i < TASK.n(); i++) {
                differing += p.clean().input()[i] != p.corrupt().input()[i] ? 1 : 0;
            }
            assertEquals(1, differing, "one input bit flips");
            assertEquals(1 - p.clean().target()[10], p.corrupt().target()[10], "and with it the final parity");
        }
        List<String> roles = ScratchpadPositions.roles(TASK);
        PatchReport report = Patcher.patch(run, pairs, "flip-one", roles, WorkProgress.NONE);
        assertTrue(report.changedOutputs() >= pairs.size(), "at least the final parity of every pair changes");
        // position p's logits read only its own last residual: patching all of them is the clean run
        int last = report.layers();
        double sum = report.residual().stream().filter(c -> c.row() == last).mapToDouble(PatchReport.Cell::restored).sum();
        assertEquals(1.0, sum, 1e-3);
        // x1 .. x5 predict no answer token
        assertEquals(0.0, report.residual().stream().filter(c -> c.row() == last && c.column() < TASK.n() - 1)
                .mapToDouble(c -> Math.abs(c.restored())).sum(), 1e-6);
        assertEquals(roles, report.positions());
    }

    @Test
    void embeddingsShowTheTwoBitsAndShufflingPositionsHurts() {
        EmbeddingReport report = EmbeddingInspector.inspect(run, run.testSamples(0), 0);
        assertEquals(List.of("0", "1"), report.tokens().points().stream().map(EmbeddingReport.Point::label).toList());
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5", "x6", "p1", "p2", "p3", "p4", "p5"),
                report.positions().points().stream().map(EmbeddingReport.Point::label).toList());
        assertTrue(report.shuffled().accuracy() < report.intact().accuracy() - 0.05,
                report.shuffled() + " vs " + report.intact());
    }

    @Test
    void aBitStringIsReadAsItsDocument() {
        EncodedSample s = run.scratchpad("110100");
        assertEquals(List.of(1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1),
                java.util.Arrays.stream(s.input()).boxed().toList());
        assertThrows(RuntimeUserException.class, () -> run.scratchpad("1101"));
        assertThrows(RuntimeUserException.class, () -> run.task());
    }

    private static ProbeReport.Row row(ProbeReport report, String target) {
        return report.targets().stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow(
                () -> new AssertionError("no probe of " + target + ": " + report.toText()));
    }
}
