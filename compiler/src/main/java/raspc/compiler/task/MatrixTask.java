package raspc.compiler.task;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raspc.compiler.error.RaspError;
import raspc.compiler.dataset.Sample;
import raspc.compiler.matrix.FactorDistribution;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;

/**
 * One matrix-completion variant: n x n matrices X = U V^T with U, V of shape n x rank and
 * entries from {@code factors}, each entry masked independently with probability
 * {@code maskRate}. Its name is {@code matrix_<n>_rank<r>_p<percent>}, e.g. {@code matrix_7_rank2_p30}.
 */
public record MatrixTask(int n, int rank, double maskRate, FactorDistribution factors) implements Task {
    /** The largest n a name may ask for: n^2 positions is the model's input length. */
    public static final int MAX_N = 16;
    private static final Pattern NAME = Pattern.compile("matrix_(\\d+)_rank(\\d+)_p(\\d+)");

    public MatrixTask {
        if (n < 2 || n > MAX_N) {
            throw new RaspError("a matrix task needs 2 <= n <= " + MAX_N + ", got n = " + n);
        }
        if (rank < 1 || rank > n) {
            throw new RaspError("the rank of a " + n + " x " + n + " matrix must be in 1.." + n + ", got " + rank);
        }
        if (!(maskRate >= 0 && maskRate < 1)) {
            throw new RaspError("the mask rate must be in [0, 1), got " + maskRate);
        }
    }

    /** Whether {@code name} has the shape of a matrix variant (it may still be out of range). */
    public static boolean isMatrixName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The variant a name stands for, with uniform factors. */
    public static MatrixTask parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new RaspError("'" + name + "' is not a matrix task; write matrix_<n>_rank<r>_p<percent masked>,"
                    + " e.g. matrix_7_rank2_p30");
        }
        int percent = Integer.parseInt(m.group(3));
        if (percent >= 100) {
            throw new RaspError("the mask rate of " + name + " must be below 100 percent, got " + percent);
        }
        return new MatrixTask(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), percent / 100.0,
                FactorDistribution.UNIFORM);
    }

    /** The variant's name (the factor distribution is not part of it: it is a property of an evaluation). */
    @Override
    public String name() {
        return String.format(Locale.ROOT, "matrix_%d_rank%d_p%d", n, rank, Math.round(maskRate * 100));
    }

    public MatrixTask withMaskRate(double rate) {
        return new MatrixTask(n, rank, rate, factors);
    }

    public MatrixTask withFactors(FactorDistribution distribution) {
        return new MatrixTask(n, rank, maskRate, distribution);
    }

    /** Entries of one matrix, the model's input length. */
    public int entries() {
        return n * n;
    }

    /**
     * The value tokens: with uniform factors in [-1, 1] every entry of U V^T lies in
     * [-rank, rank] (for rank 2 that is [-2, 2]).
     */
    public MatrixValues values() {
        return new MatrixValues(rank);
    }

    /**
     * A matrix as a dataset line's sample: its entries in row-major order as value tokens, MASK
     * where hidden, and every entry's value token as the target (what the model is scored on).
     */
    public Sample sample(MaskedMatrix matrix) {
        MatrixValues values = values();
        List<String> tokens = values.tokens();
        return new Sample(Arrays.stream(matrix.inputIds(values)).mapToObj(tokens::get).toList(),
                Arrays.stream(matrix.targetIds(values)).mapToObj(tokens::get).toList(), List.of());
    }
}
