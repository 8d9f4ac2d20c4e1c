package raspc.runtime.matrix;

import java.util.List;
import java.util.Locale;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.runtime.RuntimeUserException;

/**
 * Which entries an attention map's matrices hide: the task's own random masks, or one pattern
 * for every matrix, so that the batch mean shows where a masked entry of a known row or column
 * looks (the reference study's structured masks).
 */
public enum StructuredMask {
    /** Each matrix keeps the mask it was sampled with. */
    RANDOM,
    /** The whole first row is hidden, every other entry shown. */
    ROW,
    /** The whole first column is hidden, every other entry shown. */
    COLUMN,
    /** The diagonal is hidden: every row and column keeps n - 1 entries. */
    DIAGONAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StructuredMask parse(String text) {
        for (StructuredMask m : values()) {
            if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new RuntimeUserException("unknown mask '" + text + "'; use random, row, column or diagonal");
    }

    /** The matrices with this mask (the same list for {@link #RANDOM}). */
    public List<MaskedMatrix> apply(List<MaskedMatrix> matrices) {
        return this == RANDOM ? matrices : matrices.stream().map(m -> m.withMask(observed(m.n()))).toList();
    }

    /** The pattern's observed entries of an n x n matrix, row-major (RANDOM has none of its own). */
    boolean[] observed(int n) {
        boolean[] shown = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                shown[i * n + j] = switch (this) {
                    case RANDOM -> throw new IllegalStateException("random masks are the task's own");
                    case ROW -> i != 0;
                    case COLUMN -> j != 0;
                    case DIAGONAL -> i != j;
                };
            }
        }
        return shown;
    }
}
