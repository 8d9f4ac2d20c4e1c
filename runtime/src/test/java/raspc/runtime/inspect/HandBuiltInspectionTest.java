package raspc.runtime.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.TaskRegistry;
import raspc.runtime.WorkProgress;
import raspc.runtime.analysis.HandBuiltModels;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;

/**
 * Probes, ablation and patching on a model with known answers: the hand-built one-layer model
 * whose output is x[n-1], read straight off the last position's embedding (attention and MLP
 * are zero, so nothing else reaches the readout).
 */
class HandBuiltInspectionTest {
    private static final int N = 4;

    @TempDir
    static Path dir;

    private static InspectedRun run;

    @BeforeAll
    static void open() throws Exception {
        Path rasp = dir.resolve("last.rasp");
        Files.writeString(rasp, "boolean last(n) = x[n - 1];\n");
        EncodedTaskData task = new EncodedTaskData(TaskRegistry.of(List.of(rasp))
                .resolve("last_" + N, new TaskOptions(null, 64, 64, 400, null)));
        HandBuiltModels.lastBit(dir.resolve("run"), N);
        run = InspectedRun.open(dir.resolve("run"), task, DeviceChoice.CPU);
    }

    @AfterAll
    static void close() {
        run.close();
    }

    @Test
    void aProbeFindsTheLastBitWhereTheModelHoldsItAndNotTheFirst() {
        ProbeReport report = Prober.probe(run, run.testSamples(0), 0.3, 1, Map.of(), WorkProgress.NONE);
        Map<String, ProbeReport.Row> rows = report.targets().stream()
                .collect(Collectors.toMap(ProbeReport.Row::target, r -> r));
        for (ProbeReport.StageScore s : rows.get("x[3]").byStage()) {
            assertEquals(1.0, s.score(), 1e-12, "x[3] at stage " + s.stage());
        }
        assertEquals(1.0, rows.get("last_4").byStage().get(1).score(), 1e-12);
        // x[0] never reaches the readout position: the probe does no better than guessing
        ProbeReport.Row first = rows.get("x[0]");
        assertTrue(first.byStage().get(1).score() < first.chance() + 0.1, first.toString());
        assertEquals(2 * N, report.targets().size(), "bits, prefix parities and the function");
    }

    @Test
    void ablatingHeadsAndMlpsTheModelDoesNotUseChangesNothing() {
        AblationReport report = Ablator.ablate(run, run.testSamples(0), List.of(AblationMode.values()), WorkProgress.NONE);
        assertEquals(1.0, report.baseline().accuracy(), 1e-12);
        assertEquals(3 + 2, report.rows().size(), "one head in three modes, one MLP in two");
        for (AblationReport.Row r : report.rows()) {
            assertEquals(0.0, r.accuracyChange(), 1e-12, r.toString());
            assertEquals(0.0, r.lossChange(), 1e-9, r.toString());
        }
    }

    /** The hand-built model's positions are zero vectors, so shuffling them changes nothing. */
    @Test
    void zeroPositionsHaveNoNormAndShufflingThemChangesNothing() {
        EmbeddingReport report = EmbeddingInspector.inspect(run, run.testSamples(0), 5);
        assertEquals(N, report.positions().points().size());
        for (EmbeddingReport.Point p : report.positions().points()) {
            assertEquals(0.0, p.norm(), 1e-6, p.toString());
        }
        assertEquals(Math.sqrt(2), report.tokens().points().get(0).norm(), 1e-6, "token 0 is (1, -1)");
        assertEquals(report.intact(), report.shuffled());
        assertEquals(1.0, report.shuffled().accuracy(), 1e-12);
    }

    /** The changed inputs are relabelled by the program: the model, which reads x[n-1], stays right either way. */
    @Test
    void aTokenPutInIsScoredAgainstTheProgramOnTheChangedInput() {
        InterventionReport last = TokenIntervention.intervene(run, run.testSamples(0), "1", List.of(N - 1), 0);
        assertEquals(1.0, last.after().accuracy(), 1e-12, "the target follows the new last bit");
        InterventionReport first = TokenIntervention.intervene(run, run.testSamples(0), "1", List.of(0), 0);
        assertEquals(1.0, first.after().accuracy(), 1e-12);
        assertEquals(0.0, first.copyRateAfter(), 1e-12, "x[0] does not reach the output, so nothing copies it");
    }

    @Test
    void patchingTheLastPositionsResidualRestoresTheCleanOutputExactly() {
        EncodedSample clean = run.labelled("0001");
        EncodedSample corrupt = run.labelled("0000");
        PatchReport report = Patcher.patch(run, List.of(new Patcher.Pair(clean, corrupt)), "test", List.of("0", "1", "2", "3"),
                WorkProgress.NONE);
        assertEquals(1, report.changedOutputs());
        for (PatchReport.Cell c : report.residual()) {
            assertEquals(c.column() == N - 1 ? 1.0 : 0.0, c.restored(), 1e-5, "stage " + c.row() + " position " + c.column());
        }
        assertEquals(0.0, report.heads().get(0).restored(), 1e-9, "the head contributes nothing");
    }
}
