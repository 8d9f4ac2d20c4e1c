package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RandomCompletionsTest {
    private static final BooleanFunction ZERO_2 = BooleanFunction.of("zero_2", 2, x -> false);

    /**
     * f = 0 on 00 and 11; the four completions of 01 and 10 are the constant (as 0), the two
     * functions that are 1 at one point (as 1: that point differs from both neighbours) and XOR
     * (as 2), each with probability 1/4.
     */
    @Test
    void twoFreePointsOfTwoBitsHaveTheirFourCompletions() {
        double[] as = RandomCompletions.averageSensitivities(ZERO_2, new long[] {0b00, 0b11}, 4000, 5);
        Map<Double, Integer> counts = new TreeMap<>();
        for (double v : as) {
            counts.merge(v, 1, Integer::sum);
        }
        assertEquals(java.util.Set.of(0.0, 1.0, 2.0), counts.keySet(), counts.toString());
        assertEquals(0.25, counts.get(0.0) / 4000.0, 0.03);
        assertEquals(0.50, counts.get(1.0) / 4000.0, 0.03);
        assertEquals(0.25, counts.get(2.0) / 4000.0, 0.03);
        assertEquals(1.0, RandomCompletions.Summary.of(as).mean(), 0.05);
    }

    @Test
    void aFullyFixedFunctionHasItsOwnSensitivity() {
        BooleanFunction parity = BooleanFunctions.parity(4);
        long[] all = new long[16];
        for (int x = 0; x < 16; x++) {
            all[x] = x;
        }
        double[] as = RandomCompletions.averageSensitivities(parity, all, 3, 1);
        assertArrayEquals(new double[] {4, 4, 4}, as, 1e-12);
        BooleanFunction first = BooleanFunctions.first(4);
        assertEquals(1.0, RandomCompletions.averageSensitivities(first, all, 1, 1)[0], 1e-12);
    }

    @Test
    void withNoFixedPointsTheMeanIsHalfOfN() {
        double[] as = RandomCompletions.averageSensitivities(BooleanFunction.of("z", 8, x -> false), new long[0], 400, 2);
        assertEquals(4.0, RandomCompletions.Summary.of(as).mean(), 0.05);
    }

    @Test
    void theDrawsAreReproducibleFromTheSeed() {
        long[] points = {1, 5, 9};
        assertArrayEquals(RandomCompletions.averageSensitivities(BooleanFunctions.parity(6), points, 20, 7),
                RandomCompletions.averageSensitivities(BooleanFunctions.parity(6), points, 20, 7));
        assertTrue(!java.util.Arrays.equals(RandomCompletions.averageSensitivities(BooleanFunctions.parity(6), points, 20, 7),
                RandomCompletions.averageSensitivities(BooleanFunctions.parity(6), points, 20, 8)));
    }

    @Test
    void summaryQuantilesAndRank() {
        var s = RandomCompletions.Summary.of(new double[] {3, 1, 2, 5, 4});
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(3.0, s.median(), 1e-12);
        assertEquals(1.0, s.min(), 1e-12);
        assertEquals(5.0, s.max(), 1e-12);
        assertEquals(1.2, s.p05(), 1e-12);
        assertEquals(0.4, RandomCompletions.Summary.fractionAtOrBelow(new double[] {3, 1, 2, 5, 4}, 2.5), 1e-12);
    }

    @Test
    void tooManyBitsOrNoDrawsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RandomCompletions.averageSensitivities(BooleanFunction.of("big", 30, x -> false), new long[0], 1, 1));
        assertThrows(IllegalArgumentException.class, () -> RandomCompletions.averageSensitivities(ZERO_2, new long[0], 0, 1));
    }
}
