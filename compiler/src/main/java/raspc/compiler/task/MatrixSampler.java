package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.matrix.FactorDistribution;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;

/**
 * Draws matrices of a task: U and V with entries from the task's factor distribution, X = U V^T
 * rounded to hundredths (clamped to the value tokens' range), and a mask keeping each entry
 * with probability 1 - maskRate. Deterministic in the random generator's state.
 */
public final class MatrixSampler {
    private MatrixSampler() {}

    public static MaskedMatrix sample(MatrixTask task, SplittableRandom random) {
        int n = task.n();
        int r = task.rank();
        double[][] u = factor(n, r, task.factors(), random);
        double[][] v = factor(n, r, task.factors(), random);
        MatrixValues values = task.values();
        int[] hundredths = new int[n * n];
        boolean[] observed = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = 0;
                for (int k = 0; k < r; k++) {
                    x += u[i][k] * v[j][k];
                }
                hundredths[i * n + j] = values.hundredths(x);
            }
        }
        for (int e = 0; e < observed.length; e++) {
            observed[e] = random.nextDouble() >= task.maskRate();
        }
        return new MaskedMatrix(n, hundredths, observed);
    }

    public static List<MaskedMatrix> samples(MatrixTask task, int count, SplittableRandom random) {
        List<MaskedMatrix> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(sample(task, random));
        }
        return out;
    }

    private static double[][] factor(int n, int r, FactorDistribution distribution, SplittableRandom random) {
        double[][] f = new double[n][r];
        for (double[] row : f) {
            for (int k = 0; k < r; k++) {
                row[k] = distribution.draw(random);
            }
        }
        return f;
    }
}
