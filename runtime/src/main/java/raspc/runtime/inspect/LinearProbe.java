package raspc.runtime.inspect;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * A linear map from residual-stream rows to targets, fitted by least squares (EJML's QR with
 * column pivoting, which copes with the rank-deficient features a layer norm or a small
 * vocabulary gives), with or without a bias column.
 */
final class LinearProbe {
    private final DMatrixRMaj weights; // [d (+1), outputs]
    private final boolean bias;

    private LinearProbe(DMatrixRMaj weights, boolean bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * The fit rows of one stage's residual, factored once: every target of the stage is solved
     * against the same decomposition, so a stage costs one QR however many s-ops are probed.
     */
    static final class Design {
        private final double[][] x;
        private final int[] fitRows;
        private final boolean bias;
        private final LinearSolverDense<DMatrixRMaj> solver;
        private final int columns;

        /** Factors the rows {@code fitRows} of {@code x} [rows][d]. */
        Design(double[][] x, int[] fitRows, boolean bias) {
            this.x = x;
            this.fitRows = fitRows;
            this.bias = bias;
            DMatrixRMaj a = design(x, fitRows, bias);
            this.columns = a.numCols;
            this.solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
            if (!solver.setA(a)) {
                throw new IllegalStateException("least squares failed on a " + a.numRows + " x " + a.numCols + " design");
            }
        }

        double[][] x() {
            return x;
        }

        /** The probe of {@code y} [rows][outputs] (all rows; only the fit rows are used). */
        LinearProbe fit(double[][] y) {
            DMatrixRMaj b = new DMatrixRMaj(fitRows.length, y[0].length);
            for (int i = 0; i < fitRows.length; i++) {
                for (int j = 0; j < y[0].length; j++) {
                    b.set(i, j, y[fitRows[i]][j]);
                }
            }
            DMatrixRMaj w = new DMatrixRMaj(columns, b.numCols);
            // the solver keeps its factorisation; B is copied when the solver would overwrite it
            solver.solve(solver.modifiesB() ? b.copy() : b, w);
            return new LinearProbe(w, bias);
        }
    }

    /** Predictions [rows.length][outputs] for the given rows of {@code x}. */
    double[][] predict(double[][] x, int[] rows) {
        DMatrixRMaj out = new DMatrixRMaj(rows.length, weights.numCols);
        CommonOps_DDRM.mult(design(x, rows, bias), weights, out);
        double[][] p = new double[rows.length][weights.numCols];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < weights.numCols; j++) {
                p[i][j] = out.get(i, j);
            }
        }
        return p;
    }

    private static DMatrixRMaj design(double[][] x, int[] rows, boolean bias) {
        int d = x[0].length;
        DMatrixRMaj a = new DMatrixRMaj(rows.length, d + (bias ? 1 : 0));
        for (int i = 0; i < rows.length; i++) {
            double[] r = x[rows[i]];
            for (int k = 0; k < d; k++) {
                a.set(i, k, r[k]);
            }
            if (bias) {
                a.set(i, d, 1);
            }
        }
        return a;
    }
}
