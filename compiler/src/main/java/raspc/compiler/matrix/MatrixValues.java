package raspc.compiler.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value tokens of the matrix tasks, as in the reference tokeniser: MASK is id 0, then one
 * token per hundredth from -bound to bound ({@code "-2.00"} ... {@code "2.00"}). Values are
 * rounded to 0.01; those outside [-bound, bound] (out-of-distribution factors) are clamped to
 * the nearest end, since the model has no token for them.
 */
public record MatrixValues(int bound) {
    public static final String MASK = "MASK";
    public static final int MASK_ID = 0;
    /** Value tokens per unit: the reference's precision of 0.01. */
    public static final int PER_UNIT = 100;

    public MatrixValues {
        if (bound < 1) {
            throw new IllegalArgumentException("the value bound must be at least 1, got " + bound);
        }
    }

    /** MASK and every value token, index = id. */
    public List<String> tokens() {
        List<String> tokens = new ArrayList<>(size());
        tokens.add(MASK);
        for (int h = -bound * PER_UNIT; h <= bound * PER_UNIT; h++) {
            tokens.add(String.format(Locale.ROOT, "%.2f", h / (double) PER_UNIT));
        }
        return tokens;
    }

    public int size() {
        return 2 * bound * PER_UNIT + 2;
    }

    /** A value in hundredths, rounded and clamped to the tokens' range. */
    public int hundredths(double value) {
        long h = Math.round(value * PER_UNIT);
        return (int) Math.max(-bound * PER_UNIT, Math.min(bound * PER_UNIT, h));
    }

    /** The token id of a value given in hundredths. */
    public int id(int hundredths) {
        if (Math.abs(hundredths) > bound * PER_UNIT) {
            throw new IllegalArgumentException(hundredths + " hundredths is outside [-" + bound + ", " + bound + "]");
        }
        return 1 + hundredths + bound * PER_UNIT;
    }

    /** The value (in hundredths) of a value token's id. */
    public int hundredthsOf(int id) {
        if (id == MASK_ID || id < 0 || id >= size()) {
            throw new IllegalArgumentException("id " + id + " is not a value token");
        }
        return id - 1 - bound * PER_UNIT;
    }
}
