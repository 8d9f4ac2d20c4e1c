package raspc.runtime.boolfn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import raspc.compiler.bool.BooleanFunction;

/**
 * Inputs of a Boolean function as packed longs (bit i = x[i] = the token at position i) and their
 * encoding for the model: token ids 0/1, every row of length n.
 */
public final class BooleanInputs {
    private BooleanInputs() {}

    /** {@code count} uniform random inputs of n bits. */
    public static long[] random(int n, int count, SplittableRandom random) {
        long mask = mask(n);
        long[] xs = new long[count];
        for (int i = 0; i < count; i++) {
            xs[i] = random.nextLong() & mask;
        }
        return xs;
    }

    /** {@code count} distinct uniform random inputs (count <= 2^n). */
    public static long[] distinct(int n, int count, SplittableRandom random) {
        if (n < 62 && count > (1L << n)) {
            throw new IllegalArgumentException(count + " distinct inputs of " + n + " bits do not exist");
        }
        if (n <= 20 && count > (1L << n) / 4) {
            // dense: shuffle all inputs and take a prefix
            long[] all = all(n);
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(all.length - i);
                long t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            return java.util.Arrays.copyOf(all, count);
        }
        java.util.LinkedHashSet<Long> seen = new java.util.LinkedHashSet<>();
        long mask = mask(n);
        while (seen.size() < count) {
            seen.add(random.nextLong() & mask);
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }

    /** All 2^n inputs in order (n <= 24). */
    public static long[] all(int n) {
        if (n > 24) {
            throw new IllegalArgumentException("enumerating all inputs needs n <= 24, got " + n);
        }
        long[] xs = new long[1 << n];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        return xs;
    }

    /** The evaluation set: all inputs when there are at most {@code size}, else {@code size} random ones. */
    public static long[] evaluationSet(int n, int size, long seed) {
        if (holdsEveryInput(n, size)) {
            return all(n);
        }
        return random(n, size, new SplittableRandom(seed ^ 0x5EED_E7A1L));
    }

    /** Whether {@code size} inputs can hold every one of the 2^n. */
    static boolean holdsEveryInput(int n, int size) {
        return n < 31 && (1L << n) <= size;
    }

    /**
     * The inputs of a Boolean sample source's split, {@code size} of each: {@code valid} the
     * evaluation set, {@code train} a reporting sample of the input distribution, {@code test} an
     * independent sample, or the evaluation set again when that holds every input.
     */
    static long[] splitInputs(String split, int n, int size, long seed) {
        return switch (split) {
            case "train" -> random(n, size, new SplittableRandom(seed ^ 0x7A1E5L));
            case "valid" -> evaluationSet(n, size, seed);
            case "test" -> holdsEveryInput(n, size) ? evaluationSet(n, size, seed)
                    : random(n, size, new SplittableRandom(seed ^ 0x7E57L));
            default -> throw new IllegalArgumentException("no split " + split);
        };
    }

    /** Token ids [count, n] int64 of xs[from, from + count). */
    public static NDArray tokens(NDManager manager, long[] xs, int from, int count, int n) {
        long[] ids = new long[count * n];
        for (int b = 0; b < count; b++) {
            long x = xs[from + b];
            for (int i = 0; i < n; i++) {
                ids[b * n + i] = (x >>> i) & 1L;
            }
        }
        return manager.create(ids, new Shape(count, n));
    }

    /** Targets f(x) as 0.0 / 1.0, [count] float32. */
    public static NDArray targets(NDManager manager, BooleanFunction f, long[] xs, int from, int count) {
        float[] y = new float[count];
        for (int b = 0; b < count; b++) {
            y[b] = f.eval(xs[from + b]) ? 1f : 0f;
        }
        return manager.create(y);
    }

    static long mask(int n) {
        return n >= 63 ? -1L >>> 1 : (1L << n) - 1;
    }
}
