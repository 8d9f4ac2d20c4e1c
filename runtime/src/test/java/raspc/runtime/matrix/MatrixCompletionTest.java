package raspc.runtime.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.task.MatrixSampler;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TargetEncoder;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.Report;
import raspc.runtime.model.Objective;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

class MatrixCompletionTest {
    @TempDir
    Path dir;

    @Test
    void sampledMatricesHaveTheTaskRank() {
        MaskedMatrix m = MatrixSampler.sample(MatrixTask.parse("matrix_7_rank2_p30"), new SplittableRandom(4));
        DMatrixRMaj x = new DMatrixRMaj(7, 7);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                x.set(i, j, m.value(i, j));
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(7, 7, false, false, true);
        assertTrue(svd.decompose(x));
        double[] s = svd.getSingularValues().clone();
        Arrays.sort(s);
        assertTrue(s[5] > 0.05, "two real singular values: " + Arrays.toString(s));
        assertTrue(s[4] < 0.05, "the rest is rounding noise: " + Arrays.toString(s));
    }

    /** The objective scores every entry; the split counts masked and observed entries apart. */
    @Test
    void lossCoversAllEntriesAndTheSplitSeparatesThem() {
        MatrixTaskData data = new MatrixTaskData(MatrixTask.parse("matrix_3_rank1_p50"), 4, 1, 1, 1);
        List<MaskedMatrix> ms = data.matrices("valid");
        Objective objective = Objective.MaskedPositionRegression.forVocabulary(data.inputVocab().size(), 0.01f);
        float[][] predictions = new float[ms.size()][];
        double masked = 0, observed = 0;
        long nm = 0, no = 0;
        for (int i = 0; i < ms.size(); i++) {
            MaskedMatrix m = ms.get(i);
            predictions[i] = new float[9];
            for (int e = 0; e < 9; e++) {
                // a copier: exact on observed entries, 0 where masked
                predictions[i][e] = m.observed()[e] ? m.hundredths()[e] / 100f : 0f;
                if (!m.observed()[e]) {
                    masked += Math.pow(m.hundredths()[e] / 100.0, 2);
                    nm++;
                }
                no += m.observed()[e] ? 1 : 0;
            }
        }
        EntryErrors errors = EntryErrors.of(ms, predictions);
        assertEquals(0, errors.observed(), 1e-9);
        assertEquals(masked / nm, errors.masked(), 1e-6);
        assertEquals(masked / (nm + no), errors.all(), 1e-6);
        try (NDManager manager = NDManager.newBaseManager()) {
            List<EncodedSample> samples = data.samples(ms);
            TargetEncoder.Targets t = objective.encode(manager, samples, 9, false);
            float[] flat = new float[ms.size() * 9];
            for (int i = 0; i < ms.size(); i++) {
                System.arraycopy(predictions[i], 0, flat, i * 9, 9);
            }
            NDArray logits = manager.create(flat, new Shape(ms.size(), 9));
            Objective.Scores scores = objective.score(logits, t);
            assertEquals(errors.all(), scores.perSequence().mean().getFloat(), 1e-5,
                    "the training loss is the MSE over all entries");
            long[] ids = objective.predictions(logits);
            for (int e = 0; e < 9; e++) {
                if (ms.get(0).observed()[e]) {
                    assertEquals(samples.get(0).target()[e], ids[e], "an exact value predicts its own token");
                }
            }
        }
    }

    @Test
    void softImputeRecoversALowRankMatrixAtALowMaskRate() {
        MatrixTask task = MatrixTask.parse("matrix_7_rank2_p10");
        List<MaskedMatrix> ms = MatrixSampler.samples(task, 50, new SplittableRandom(8));
        float[][] completed = ms.stream().map(SoftImpute::complete).toArray(float[][]::new);
        EntryErrors e = EntryErrors.of(ms, completed);
        assertEquals(0, e.observed(), 1e-9, "observed entries are kept");
        double zeroFill = EntryErrors.of(ms, ms.stream().map(m -> new float[49]).toArray(float[][]::new)).masked();
        // not exact: the observed entries are rounded to 0.01 (so not exactly rank 2), and the
        // minimum-nuclear-norm completion of 44 entries is not always the rank-2 matrix
        assertTrue(e.masked() < 0.05 * zeroFill, "soft-impute masked MSE " + e.masked() + " vs zero fill " + zeroFill);
    }

    /**
     * A tiny model's loss falls in CI time on the one trainer, with snapshots for the analyses.
     * Short rounds: the BERT model copies the observed entries within a few dozen steps, after
     * which the loss sits on the copying plateau.
     */
    @Test
    void aTinyModelLearnsToCopyAndItsLossFalls() {
        MatrixTrainOptions options = new MatrixTrainOptions().dim(16).layers(1).heads(2).steps(60).batchSize(32)
                .learningRate(3e-3f).evalEvery(20).evalMatrices(64);
        MatrixTaskData data = options.data(MatrixTask.parse("matrix_4_rank1_p20"));
        TrainResult run = TrainingSession.train(data, options.trainOptions(DeviceChoice.CPU).runDir(dir).handleCtrlC(false),
                TrainingListener.SILENT);
        RunFolder folder = RunFolder.open(dir);
        List<EpochMetrics> metrics = folder.readMetrics();
        assertEquals(3, metrics.size());
        assertTrue(metrics.get(2).trainLoss() < 0.5 * metrics.get(0).trainLoss(),
                "loss falls: " + metrics.stream().map(EpochMetrics::trainLoss).toList());
        assertEquals(List.of(20L, 40L, 60L), folder.snapshotSteps());
        Report r = run.report();
        assertTrue(r.splits().get("valid").loss() < metrics.get(0).validLoss(), "report: " + r.splits());
    }
}
