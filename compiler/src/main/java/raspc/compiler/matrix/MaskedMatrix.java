package raspc.compiler.matrix;

/**
 * One sample of a matrix task: the entries of X (row-major, rounded to hundredths) and which of
 * them the model sees.
 *
 * @param hundredths n x n entries, row-major, in hundredths
 * @param observed n x n: true where the input shows the entry, false where it is MASK
 */
public record MaskedMatrix(int n, int[] hundredths, boolean[] observed) {
    public MaskedMatrix {
        if (hundredths.length != n * n || observed.length != n * n) {
            throw new IllegalArgumentException("an " + n + " x " + n + " matrix has " + n * n + " entries, got "
                    + hundredths.length + " values and " + observed.length + " mask flags");
        }
    }

    public double value(int row, int column) {
        return hundredths[row * n + column] / (double) MatrixValues.PER_UNIT;
    }

    public boolean isObserved(int row, int column) {
        return observed[row * n + column];
    }

    public int maskedCount() {
        int count = 0;
        for (boolean o : observed) {
            count += o ? 0 : 1;
        }
        return count;
    }

    /** The model's input: each entry's value token, or MASK where it is hidden. */
    public int[] inputIds(MatrixValues values) {
        int[] ids = new int[hundredths.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = observed[i] ? values.id(hundredths[i]) : MatrixValues.MASK_ID;
        }
        return ids;
    }

    /** The model's target: every entry's value token, masked or not. */
    public int[] targetIds(MatrixValues values) {
        int[] ids = new int[hundredths.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = values.id(hundredths[i]);
        }
        return ids;
    }

    /** The same matrix with another mask (the copy check's and the structured masks' inputs). */
    public MaskedMatrix withMask(boolean[] mask) {
        return new MaskedMatrix(n, hundredths, mask.clone());
    }

    /** -X under the same mask: the activation-patching study's corrupted input. */
    public MaskedMatrix negated() {
        int[] negated = new int[hundredths.length];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -hundredths[i];
        }
        return new MaskedMatrix(n, negated, observed);
    }
}
