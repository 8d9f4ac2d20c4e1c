package raspc.runtime.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.boolfn.BooleanInputs;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.run.RunFolder;

/** The analyses on a hand-built model with known answers: it computes the last bit exactly. */
class AnalysesTest {
    private static final int N = 5;
    private static final BooleanFunction LAST = BooleanFunction.of("last_" + N, N, x -> ((x >>> (N - 1)) & 1) == 1);

    @TempDir
    Path dir;

    private BooleanNet load(RunFolder folder) {
        var config = folder.readConfig();
        return BooleanNet.load(config.model(), config.maxLength(), folder.file(RunFolder.MODEL), Device.cpu());
    }

    @Test
    void aModelThatOutputsOneBitHasSensitivityOneAndAllWeightOnDegreeOne() {
        try (BooleanNet net = load(HandBuiltModels.lastBit(dir, N))) {
            float[] g = net.predict(BooleanInputs.all(N));
            for (int x = 0; x < g.length; x++) {
                assertEquals(LAST.eval(x) ? 1f : 0f, g[x], 1e-4, "output on input " + x);
            }
            ModelSensitivity exact = ModelSensitivity.exact(net);
            assertEquals("exact", exact.method());
            assertEquals(1.0, exact.averageSensitivity(), 1e-12);
            assertEquals(1.0, exact.realAverageSensitivity(), 1e-3);
            assertEquals(1, exact.degree());
            assertEquals(1.0, exact.spectrum()[1], 1e-12);
            assertEquals(1.0, exact.influences()[N - 1], 1e-12);
            assertEquals(0.0, exact.influences()[0], 1e-12);

            ModelSensitivity sampled = ModelSensitivity.sampled(net, 300, 7);
            assertEquals("sampled", sampled.method());
            assertEquals(1.0, sampled.averageSensitivity(), 1e-12); // every input has exactly one sensitive bit
            assertEquals(1.0, sampled.realAverageSensitivity(), 1e-3);
        }
    }

    @Test
    void outputsOfParityHaveSensitivityNAndOfAConstantZero() {
        int n = 4;
        float[] parity = new float[1 << n];
        for (int x = 0; x < parity.length; x++) {
            parity[x] = Integer.bitCount(x) % 2;
        }
        ModelSensitivity p = ModelSensitivity.exact(n, parity);
        assertEquals(n, p.averageSensitivity(), 1e-12);
        assertEquals(n, p.degree());
        float[] constant = new float[1 << n];
        java.util.Arrays.fill(constant, 0.3f);
        ModelSensitivity c = ModelSensitivity.exact(n, constant);
        assertEquals(0, c.averageSensitivity(), 1e-12);
        assertEquals(0, c.realAverageSensitivity(), 1e-12);
        // real-valued: g = 0.5 + 0.25 (x0 - 1/2) has G = 1 - 2g = -0.5 (x0 - 1/2) * ... : Inf_0 = (1/4) * (0.5)^2
        float[] soft = new float[1 << n];
        for (int x = 0; x < soft.length; x++) {
            soft[x] = (x & 1) == 1 ? 0.625f : 0.375f;
        }
        assertEquals(0.25 * 0.5 * 0.5, ModelSensitivity.exact(n, soft).realAverageSensitivity(), 1e-6);
    }

    @Test
    void sharpnessAtALossMinimumIsNonNegativeAndGrowsWithEps() {
        try (BooleanNet net = load(HandBuiltModels.lastBit(dir, N))) {
            long[] inputs = BooleanInputs.all(N);
            float[] targets = new float[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                targets[i] = LAST.eval(inputs[i]) ? 1f : 0f;
            }
            float[] before = net.parameters().get(0).getArray().toFloatArray();
            double previous = -1;
            for (double eps : new double[] {0.005, 0.02, 0.08}) {
                Sharpness s = Sharpness.measure(net, inputs, targets, eps, 10, 3);
                assertTrue(s.baseLoss() < 1e-8, "the model is at a minimum: " + s.baseLoss());
                for (double d : s.perDraw()) {
                    assertTrue(d >= -1e-8, "a perturbation lowered the loss below its minimum: " + d);
                }
                assertTrue(s.sharpness() > previous, "sharpness at eps " + eps + " = " + s.sharpness() + " <= " + previous);
                assertEquals(4 * s.sharpness(), s.timesFour(), 1e-15);
                previous = s.sharpness();
            }
            assertArrayEquals(before, net.parameters().get(0).getArray().toFloatArray(), "parameters are restored exactly");
            assertEquals(0.0, Sharpness.loss(net, inputs, targets), 1e-8);
        }
    }

    @Test
    void blowupAndNormOfTheHandBuiltModel() {
        try (BooleanNet net = load(HandBuiltModels.lastBit(dir, N))) {
            LayerNormBlowup b = LayerNormBlowup.measure(net, BooleanInputs.all(N));
            // norm1 sees (±1, ∓1, 0, 0): variance 1/2; norm2 sees its output, variance 0.5 / (0.5 + eps)
            double eps = LayerNormBlowup.LAYER_NORM_EPS;
            double first = 1 / Math.sqrt(0.5 + eps);
            double second = 1 / Math.sqrt(0.5 / (0.5 + eps) + eps);
            assertEquals(2, b.perNorm().length);
            assertEquals(first, b.perNorm()[0], 1e-4);
            assertEquals(second, b.perNorm()[1], 1e-4);
            assertEquals(first * second, b.blowup(), 1e-4);

            // token embedding (4 entries of ±1) + two layer-norm gains of 4 ones + classifier weight and bias
            double w = 0;
            double bias = 0;
            var all = net.model().getParameters();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).getKey().contains("classifier")) {
                    float[] v = all.get(i).getValue().getArray().toFloatArray();
                    if (all.get(i).getKey().endsWith("weight")) {
                        w = v[0];
                    } else {
                        bias = v[0];
                    }
                }
            }
            assertEquals(Math.sqrt(4 + 8 + w * w + bias * bias), ParameterNorm.measure(net), 1e-5);
        }
    }

    @Test
    void theAnalyzerWritesItsReport() {
        RunFolder folder = HandBuiltModels.lastBit(dir, N);
        AnalysisReport report = Analyzer.analyze(folder, LAST, AnalysisOptions.defaults().withDraws(2), Device.cpu());
        assertEquals(1.0, report.targetSensitivity(), 1e-12);
        assertEquals(1.0, report.modelSensitivity().averageSensitivity(), 1e-12);
        assertTrue(report.sharpnessX4() >= 0);
        assertTrue(java.nio.file.Files.isRegularFile(folder.file(RunFolder.ANALYSIS)));
        assertTrue(report.toText().contains("average sensitivity"), report.toText());
        assertTrue(report.toJson().contains("\"sharpness_x4\""), report.toJson());
    }
}
