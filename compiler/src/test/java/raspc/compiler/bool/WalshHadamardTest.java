package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WalshHadamardTest {

    private static double[] random(int len, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = rng.nextDouble() * 2 - 1;
        }
        return a;
    }

    /** The definition, O(4^n). */
    private static double[] naive(double[] a) {
        double[] out = new double[a.length];
        for (int s = 0; s < a.length; s++) {
            double sum = 0;
            for (int x = 0; x < a.length; x++) {
                sum += (Integer.bitCount(s & x) % 2 == 0 ? 1 : -1) * a[x];
            }
            out[s] = sum;
        }
        return out;
    }

    @Test
    void matchesTheDefinitionForSmallSizes() {
        for (int n = 0; n <= 10; n++) {
            double[] a = random(1 << n, n);
            double[] expected = naive(a);
            WalshHadamard.transform(a);
            assertArrayEquals(expected, a, 1e-9, "n = " + n);
        }
    }

    @Test
    void roundTripRestoresTheInputAcrossBlockAndRadixPaths() {
        // 2^13 stays in one block; 2^14..2^19 exercise the radix-2 and radix-4 outer stages and the parallel path.
        for (int n : new int[] {1, 5, 13, 14, 15, 16, 17, 19}) {
            double[] a = random(1 << n, 100 + n);
            double[] copy = a.clone();
            WalshHadamard.transform(a);
            WalshHadamard.inverse(a);
            assertArrayEquals(copy, a, 1e-9, "n = " + n);
        }
    }

    @Test
    void largeTransformAgreesWithTheSequentialDefinitionOnSomeCoefficients() {
        int n = 18;
        double[] a = random(1 << n, 7);
        double[] copy = a.clone();
        WalshHadamard.transform(a);
        for (int s : new int[] {0, 1, 12345, (1 << n) - 1, 1 << 17, 99999}) {
            double sum = 0;
            for (int x = 0; x < copy.length; x++) {
                sum += (Integer.bitCount(s & x) % 2 == 0 ? 1 : -1) * copy[x];
            }
            assertEquals(sum, a[s], 1e-7, "S = " + s);
        }
    }

    @Test
    void parityHasAllItsWeightOnTheFullSet() {
        int n = 12;
        double[] signs = BooleanFunctions.parity(n).values().toSigns();
        WalshHadamard.transform(signs);
        for (int s = 0; s < signs.length; s++) {
            assertEquals(s == signs.length - 1 ? signs.length : 0.0, signs[s], 1e-9);
        }
    }

    @Test
    void rejectsLengthsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> WalshHadamard.transform(new double[12]));
    }
}
