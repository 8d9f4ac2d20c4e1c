package raspc.compiler.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import raspc.compiler.error.RaspError;
import raspc.compiler.matrix.FactorDistribution;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;

class MatrixTaskTest {
    @Test
    void namesParseAndPrintBack() {
        MatrixTask t = MatrixTask.parse("matrix_7_rank2_p30");
        assertEquals(7, t.n());
        assertEquals(2, t.rank());
        assertEquals(0.3, t.maskRate(), 1e-12);
        assertEquals("matrix_7_rank2_p30", t.name());
        assertEquals(402, t.values().size(), "MASK plus -2.00 .. 2.00 in hundredths");
        RaspError bad = assertThrows(RaspError.class, () -> MatrixTask.parse("matrix_7_rank9_p30"));
        assertTrue(bad.getMessage().contains("rank"), bad.getMessage());
        assertThrows(RaspError.class, () -> MatrixTask.parse("matrix_7_rank2_p100"));
        assertThrows(RaspError.class, () -> MatrixTask.parse("matrix_seven"));
    }

    /** Entries of a rank-2 product of U(-1, 1) factors lie in [-2, 2] (not [-1, 1]) and reach beyond 1. */
    @Test
    void samplesHaveTheRankRangeAndMaskRate() {
        MatrixTask t = MatrixTask.parse("matrix_7_rank2_p30");
        List<MaskedMatrix> ms = MatrixSampler.samples(t, 2000, new SplittableRandom(3));
        long masked = 0;
        int maxAbs = 0;
        for (MaskedMatrix m : ms) {
            masked += m.maskedCount();
            for (int h : m.hundredths()) {
                maxAbs = Math.max(maxAbs, Math.abs(h));
            }
        }
        assertTrue(maxAbs <= 200 && maxAbs > 100, "max |entry| " + maxAbs / 100.0);
        double rate = masked / (2000.0 * 49);
        assertEquals(0.3, rate, 0.01, "mask rate");
    }

    @Test
    void samplingIsDeterministicInTheSeed() {
        MatrixTask t = MatrixTask.parse("matrix_5_rank1_p40");
        MaskedMatrix a = MatrixSampler.sample(t, new SplittableRandom(9));
        MaskedMatrix b = MatrixSampler.sample(t, new SplittableRandom(9));
        assertArrayEquals(a.hundredths(), b.hundredths());
        assertArrayEquals(a.observed(), b.observed());
    }

    @Test
    void tokensRoundTrip() {
        MatrixValues v = new MatrixValues(2);
        List<String> tokens = v.tokens();
        assertEquals(v.size(), tokens.size());
        assertEquals(MatrixValues.MASK, tokens.get(MatrixValues.MASK_ID));
        for (int h = -200; h <= 200; h++) {
            int id = v.id(h);
            assertEquals(h, v.hundredthsOf(id));
            assertEquals(h / 100.0, Double.parseDouble(tokens.get(id)), 1e-9);
        }
        assertEquals(137, v.hundredths(1.3651));
        assertEquals(200, v.hundredths(3.7), "clamped to the tokens' range");
        MaskedMatrix m = MatrixSampler.sample(MatrixTask.parse("matrix_4_rank2_p50"), new SplittableRandom(1));
        int[] in = m.inputIds(v);
        int[] target = m.targetIds(v);
        for (int e = 0; e < in.length; e++) {
            assertEquals(m.observed()[e] ? target[e] : MatrixValues.MASK_ID, in[e]);
            assertEquals(m.hundredths()[e], v.hundredthsOf(target[e]));
        }
    }

    @Test
    void outOfDistributionFactorsMatchTheUniformVariance() {
        SplittableRandom r = new SplittableRandom(5);
        for (FactorDistribution d : FactorDistribution.values()) {
            double sum = 0;
            double squares = 0;
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                double x = d.draw(r);
                sum += x;
                squares += x * x;
            }
            assertEquals(0, sum / n, 0.01, d + " mean");
            assertEquals(1.0 / 3, squares / n, 0.01, d + " variance");
        }
    }
}
