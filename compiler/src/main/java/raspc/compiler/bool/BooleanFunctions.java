package raspc.compiler.bool;

import java.util.function.LongPredicate;

/** Programmatic builders for the standard Boolean functions (tests, defaults, other code). */
public final class BooleanFunctions {
    private BooleanFunctions() {}

    public static BooleanFunction parity(int n) {
        long mask = allBits(n);
        return BooleanFunction.of("parity_" + n, n, x -> (Long.bitCount(x & mask) & 1) != 0);
    }

    /** Majority for odd n (no ties). */
    public static BooleanFunction majority(int n) {
        if (n % 2 == 0) {
            throw new IllegalArgumentException("majority needs an odd n (use strictMajority for even n), got " + n);
        }
        return BooleanFunction.of("majority_" + n, n, x -> 2 * Long.bitCount(x) > n);
    }

    /** 1 when more than half of the bits are 1; a tie gives 0 (the paper's MAJORITY). */
    public static BooleanFunction strictMajority(int n) {
        BooleanFunction.checkArity(n);
        return BooleanFunction.of("strict_majority_" + n, n, x -> 2 * Long.bitCount(x) > n);
    }

    /** The dictator x[0]. */
    public static BooleanFunction first(int n) {
        return BooleanFunction.of("first_" + n, n, x -> (x & 1L) != 0);
    }

    public static BooleanFunction and(int n) {
        long mask = allBits(n);
        return BooleanFunction.of("and_" + n, n, x -> (x & mask) == mask);
    }

    public static BooleanFunction or(int n) {
        long mask = allBits(n);
        return BooleanFunction.of("or_" + n, n, x -> (x & mask) != 0);
    }

    /** Parity of the given (distinct) bits. */
    public static BooleanFunction sparseParity(int n, int... bits) {
        long mask = mask(n, bits);
        return BooleanFunction.of("sparse_parity_" + n + "_" + bits.length, n, x -> (Long.bitCount(x & mask) & 1) != 0);
    }

    /** Parity of k seeded-random bits, the same bits as {@code choose(n, k, seed)}. */
    public static BooleanFunction randomSparseParity(int n, int k, long seed) {
        BooleanFunction f = sparseParity(n, SeededChoices.choose(n, k, seed));
        return BooleanFunction.of("sparse_parity_" + n + "_" + k, n, f::eval);
    }

    /**
     * A junta: inner applied to the relevant bits only. inner sees a packed input whose bit j
     * is x[relevant[j]].
     */
    public static BooleanFunction junta(int n, int[] relevant, LongPredicate inner) {
        mask(n, relevant);
        int[] bits = relevant.clone();
        return BooleanFunction.of("junta_" + n, n, x -> {
            long y = 0;
            for (int j = 0; j < bits.length; j++) {
                y |= ((x >>> bits[j]) & 1L) << j;
            }
            return inner.test(y);
        });
    }

    /** The seeded random truth table of {@code random_table(seed)} (x[0] most significant). */
    public static BooleanFunction randomTable(int n, long seed) {
        long[] words = SeededChoices.randomTableWords(n, seed);
        return BooleanFunction.of("random_" + n + "_" + seed, n, x -> SeededChoices.lookup(words, x, n));
    }

    static long allBits(int n) {
        BooleanFunction.checkArity(n);
        return (1L << n) - 1;
    }

    private static long mask(int n, int[] bits) {
        BooleanFunction.checkArity(n);
        long mask = 0;
        for (int b : bits) {
            if (b < 0 || b >= n) {
                throw new IllegalArgumentException("bit " + b + " is outside 0.." + (n - 1));
            }
            if ((mask & (1L << b)) != 0) {
                throw new IllegalArgumentException("bit " + b + " is listed twice");
            }
            mask |= 1L << b;
        }
        return mask;
    }
}
