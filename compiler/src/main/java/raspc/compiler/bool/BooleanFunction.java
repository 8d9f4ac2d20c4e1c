package raspc.compiler.bool;

import java.util.function.LongPredicate;

/**
 * A Boolean function f: {0,1}^n -> {0,1} on at most 63 bits. An input is a {@code long} whose
 * bit i is x[i] (the i-th input symbol); bits at n and above are always 0.
 */
public interface BooleanFunction {
    /** Largest n for which an input fits in a {@code long} with a free sign bit. */
    int MAX_N = 63;

    /** A display name, e.g. {@code parity_20}. */
    String name();

    /** Number of input bits. */
    int n();

    /** f(x) for the input whose bit i is x[i]. */
    boolean eval(long x);

    /** The full truth table (2^n entries), filled in parallel for large n. */
    default TruthTable values() {
        return TruthTable.of(this);
    }

    /** The truth table for {@code n} bits; n must equal {@link #n()}. */
    default TruthTable values(int n) {
        if (n != n()) {
            throw new IllegalArgumentException(name() + " has " + n() + " input bits, not " + n);
        }
        return values();
    }

    /** Wraps a predicate over packed inputs. */
    static BooleanFunction of(String name, int n, LongPredicate f) {
        checkArity(n);
        return new Simple(name, n, f);
    }

    static void checkArity(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("a Boolean function needs 1 to " + MAX_N + " input bits, got " + n);
        }
    }

    /** The plain implementation behind {@link #of}. */
    record Simple(String name, int n, LongPredicate f) implements BooleanFunction {
        @Override
        public boolean eval(long x) {
            return f.test(x);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
