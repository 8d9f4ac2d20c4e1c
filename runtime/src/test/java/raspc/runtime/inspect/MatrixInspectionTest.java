package raspc.runtime.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.model.Architecture;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.TransformerModel;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * The inspection toolkit on a tiny trained matrix-completion model. ENCODER blocks (no norm of
 * the embeddings), so that the residual after the embedding is token plus position vector and
 * the position permutation can also be made there, through the hooks, to check the input
 * reordering that stands for it.
 */
class MatrixInspectionTest {
    @TempDir
    static Path dir;

    private static InspectedRun run;

    @BeforeAll
    static void train() {
        MatrixTrainOptions options = new MatrixTrainOptions().dim(16).layers(1).heads(2).steps(300).batchSize(32)
                .learningRate(3e-3f).evalEvery(150).evalMatrices(96).architecture(Architecture.ENCODER);
        MatrixTaskData data = options.data(MatrixTask.parse("matrix_3_rank1_p30"));
        TrainingSession.train(data, options.trainOptions(DeviceChoice.CPU).runDir(dir).handleCtrlC(false),
                TrainingListener.SILENT);
        run = InspectedRun.open(dir, data, DeviceChoice.CPU);
    }

    @AfterAll
    static void close() {
        run.close();
    }

    /** Copying the observed entries needs their values in the residual; an untrained model holds them far worse. */
    @Test
    void probesFindTheObservedValuesAfterTrainingAndNotAtInitialisation() {
        ProbeReport report = Prober.probe(run, run.testSamples(0), 0.3, 0, Map.of(), WorkProgress.NONE);
        assertEquals(9 * 96, report.rows());
        ProbeReport.Row observed = row(report, "value [observed]");
        ProbeReport.StageScore last = observed.byStage().get(report.stages() - 1);
        // 300 steps of ENCODER blocks copy only part of the way (R² about 0.55); at initialisation it is about 0
        assertTrue(last.score() - last.control() > 0.3, "trained vs untrained: " + last);
        for (String target : List.of("value", "value [masked]", "row mean [masked]", "column mean [masked]",
                "row entry c0 [masked]")) {
            assertNotNull(row(report, target), target + " in " + report.targets());
        }
    }

    /**
     * Relabelling slot k's position vector as slot tau(k)'s (through the residual after the
     * embedding) gives exactly the outputs of the input reordered by tau, read back through tau:
     * what {@link PositionPermutation} scores instead.
     */
    @Test
    void permutedPositionVectorsEqualTheReorderedInput() {
        int[] rows = {2, 0, 1};
        int[] columns = {1, 2, 0};
        int[] tau = new int[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                tau[i * 3 + j] = rows[i] * 3 + columns[j];
            }
        }
        List<EncodedSample> samples = run.testSamples(8);
        List<EncodedSample> moved = samples.stream().map(s -> PositionPermutation.moved(s, tau)).toList();
        TransformerModel model = run.model().model();
        try (NDManager m = run.model().manager().newSubManager()) {
            Batch clean = run.model().encoder().encode(m, samples, false);
            Batch reordered = run.model().encoder().encode(m, moved, false);
            float[] viaInput = model.run(run.model().store(), reordered.tokens(), reordered.lengths(),
                    ForwardHooks.recording()).logits().toFloatArray();
            ForwardHooks recorded = ForwardHooks.recording(Capture.RESIDUAL);
            model.run(run.model().store(), clean.tokens(), clean.lengths(), recorded);
            NDArray table = positionTable(model).get(new NDIndex(":9")).toDevice(clean.tokens().getDevice(), true);
            long[] order = java.util.Arrays.stream(tau).asLongStream().toArray();
            NDArray relabelled = recorded.residual(0).sub(table.expandDims(0))
                    .add(table.get(m.create(order)).expandDims(0));
            float[] viaPositions = model.run(run.model().store(), clean.tokens(), clean.lengths(),
                    ForwardHooks.intervening(List.of(new Intervention.SetResidual(0, relabelled)))).logits().toFloatArray();
            for (int b = 0; b < samples.size(); b++) {
                for (int k = 0; k < 9; k++) {
                    assertEquals(viaInput[b * 9 + tau[k]], viaPositions[b * 9 + k], 1e-4, "matrix " + b + " entry " + k);
                }
            }
        }
    }

    /**
     * At the last stage an entry's output reads only its own residual, so patching it restores
     * exactly that entry's share of the masked distance: the last stage's cells add up to 1.
     */
    @Test
    void patchingEveryEntryOfTheLastResidualRestoresTheCleanOutputs() {
        List<Patcher.Pair> pairs = Patcher.negated(run, run.matrices().matrices("test").subList(0, 32));
        PatchReport report = Patcher.patch(run, pairs, "X against -X", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"),
                WorkProgress.NONE);
        double sum = report.residual().stream().filter(c -> c.row() == 1).mapToDouble(PatchReport.Cell::restored).sum();
        assertEquals(1.0, sum, 1e-3, report.toText());
        assertTrue(report.measure().contains("masked"), report.measure());
    }

    /** Ablations are scored by masked-entry MSE; taking out nothing the model needs leaves it. */
    @Test
    void ablationReportsTheMaskedError() {
        AblationReport report = Ablator.ablate(run, run.testSamples(32), List.of(AblationMode.ZERO), WorkProgress.NONE);
        assertNotNull(report.baseline().maskedMse());
        assertEquals(3, report.rows().size()); // two heads and the MLP
        for (AblationReport.Row r : report.rows()) {
            assertEquals(r.ablated().maskedMse() - report.baseline().maskedMse(), r.maskedMseChange(), 1e-12);
        }
        assertTrue(report.toText().contains("masked MSE"), report.toText());
    }

    private static ProbeReport.Row row(ProbeReport report, String target) {
        return report.targets().stream().filter(r -> r.target().equals(target)).findFirst().orElse(null);
    }

    private static NDArray positionTable(TransformerModel model) {
        var all = model.getParameters();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getValue().getName().equals(TransformerModel.POSITION_EMBEDDING)) {
                return all.get(i).getValue().getArray();
            }
        }
        throw new AssertionError("no learned positions");
    }
}
