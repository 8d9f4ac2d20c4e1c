package raspc.runtime.boolfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.TransformerModel;

class BooleanTrainingTest {
    private static final BooleanFunction FIRST_4 = BooleanFunction.of("first_4", 4, x -> (x & 1) == 1);

    @TempDir
    Path dir;

    @Test
    void onlineTrainingLearnsFirstAndWritesTheRunFolder() {
        BooleanRunConfig config = new BooleanTrainOptions().dim(16).steps(400).learningRate(3e-3f).evalEvery(50)
                .evalInputs(64).config("first_4", 4, "cpu");
        assertEquals(PositionEncoding.LEARNED_CONCAT, config.model().positions());
        assertEquals(16, config.model().ff(), "the paper's FFN width is d");
        var outcome = BooleanTraining.train(FIRST_4, config, BooleanRunFolder.at(dir), Device.cpu(), m -> { });
        BooleanTrainResult r = outcome.result();
        assertTrue(r.converged(), "FIRST_4 should converge in 400 steps: " + r);
        assertTrue(r.finalEvalMse() < 1e-3);
        assertEquals(r.convergedStep(), r.stepsRun(), "training stops at convergence");
        for (String f : new String[] {BooleanRunFolder.CONFIG, BooleanRunFolder.MODEL, BooleanRunFolder.METRICS,
            BooleanRunFolder.LOG, BooleanRunFolder.RESULT}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        BooleanRunFolder reopened = BooleanRunFolder.open(dir);
        assertEquals(config.model(), reopened.readConfig().model());
        assertEquals(r, reopened.readResult());
        try (BooleanNet net = BooleanNet.load(config.model(), 4, dir.resolve(BooleanRunFolder.MODEL), Device.cpu())) {
            float[] g = net.predict(BooleanInputs.all(4));
            for (int x = 0; x < 16; x++) {
                assertEquals((x & 1) == 1, g[x] > 0.5f, "input " + x);
            }
        }
    }

    @Test
    void restrictedTrainingConvergesOnItsFixedInputs() {
        BooleanFunction random = BooleanFunction.of("random_6", 6, x -> Long.bitCount(x * 0x9E3779B97F4A7C15L) % 2 == 0);
        BooleanRunConfig config = new BooleanTrainOptions().dim(16).steps(600).learningRate(3e-3f).evalEvery(50)
                .trainInputs(8).config("random_6", 6, "cpu");
        BooleanTrainResult r = BooleanTraining.train(random, config, BooleanRunFolder.at(dir), Device.cpu(), m -> { })
                .result();
        assertTrue(r.converged(), "8 points can be fitted: " + r);
        assertTrue(r.finalTrainSetMse() < 1e-3, "the criterion is the training-set MSE: " + r);
        assertFalse(Double.isNaN(r.finalEvalMse()));
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        BooleanTrainOptions o = new BooleanTrainOptions().dim(8).steps(20).evalEvery(10).evalInputs(16);
        var a = BooleanTraining.train(FIRST_4, o.config("first_4", 4, "cpu"), BooleanRunFolder.at(dir.resolve("a")),
                Device.cpu(), m -> { }).result();
        var b = BooleanTraining.train(FIRST_4, o.config("first_4", 4, "cpu"), BooleanRunFolder.at(dir.resolve("b")),
                Device.cpu(), m -> { }).result();
        var c = BooleanTraining.train(FIRST_4, o.seed(2).config("first_4", 4, "cpu"), BooleanRunFolder.at(dir.resolve("c")),
                Device.cpu(), m -> { }).result();
        double same = Math.abs(a.finalEvalMse() - b.finalEvalMse());
        double other = Math.abs(a.finalEvalMse() - c.finalEvalMse());
        System.out.println("same seed " + same + ", other seed " + other);
        // Usually 0; PyTorch's CPU kernels were once seen 5e-4 apart on the same seed, which Adam
        // carries on. What must hold is that the seed decides the model.
        assertTrue(same * 10 <= other, "same seed " + same + " apart, another seed " + other);
    }

    @Test
    void concatenatedEmbeddingsHaveHalfWidthTablesAndTraceEveryNorm() {
        BooleanRunConfig config = new BooleanTrainOptions().dim(8).config("first_3", 3, "cpu");
        try (BooleanNet net = BooleanNet.create(config.model(), 3, 1, Device.cpu());
                NDManager m = net.manager().newSubManager()) {
            var params = net.model().getParameters();
            assertEquals(new Shape(2, 4), params.get("token_embedding").getArray().getShape());
            assertEquals(new Shape(3, 4), params.get(TransformerModel.POSITION_EMBEDDING).getArray().getShape());
            assertEquals(params.size() - 1, net.nonPositionalParameters().size());
            var traced = net.trace(m, new long[] {0, 5}, 0, 2);
            assertEquals(4, traced.normInputs().size(), "two post-LN norms per layer");
            assertEquals(new Shape(2, 3, 8), traced.normInputs().get(0).getShape());
            assertEquals(new Shape(2), traced.output().logits().getShape());
        }
    }

    @Test
    void badSettingsAreClearErrors() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new BooleanTrainOptions().trainInputs(100).config("first_4", 4, "cpu"));
        assertTrue(e.getMessage().contains("2^4"), e.getMessage());
        var odd = assertThrows(IllegalArgumentException.class, () -> new BooleanTrainOptions().dim(5).heads(1)
                .config("first_4", 4, "cpu"));
        assertTrue(odd.getMessage().contains("even"), odd.getMessage());
    }

    @Test
    void distinctInputsAreDistinct() {
        long[] xs = BooleanInputs.distinct(6, 40, new SplittableRandom(1));
        assertEquals(40, java.util.Arrays.stream(xs).distinct().count());
        assertTrue(java.util.Arrays.stream(xs).allMatch(x -> x >= 0 && x < 64));
        assertEquals(1000, java.util.Arrays.stream(BooleanInputs.distinct(30, 1000, new SplittableRandom(2))).distinct().count());
    }
}
