package raspc.runtime.inspect;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The first two principal components of a set of vectors, by EJML's SVD of the centred rows.
 *
 * @param coordinates [rows][2] each row's position along the two components
 * @param explained the share of the total variance along each component
 */
record Pca(double[][] coordinates, double[] explained) {

    static Pca of(double[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        for (int k = 0; k < d; k++) {
            double mean = 0;
            for (double[] r : rows) {
                mean += r[k] / n;
            }
            for (int i = 0; i < n; i++) {
                centred.set(i, k, rows[i][k] - mean);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, false, true, true);
        if (!svd.decompose(centred.copy())) {
            throw new IllegalStateException("the SVD of a " + n + " x " + d + " matrix did not converge");
        }
        DMatrixRMaj v = svd.getV(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(null, false, w, v, false);
        double total = 0;
        int rank = Math.min(w.numRows, w.numCols);
        for (int i = 0; i < rank; i++) {
            total += w.get(i, i) * w.get(i, i);
        }
        double[][] coords = new double[n][2];
        double[] explained = new double[2];
        for (int c = 0; c < 2 && c < rank; c++) {
            explained[c] = total == 0 ? 0 : w.get(c, c) * w.get(c, c) / total;
            for (int i = 0; i < n; i++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += centred.get(i, k) * v.get(k, c);
                }
                coords[i][c] = dot;
            }
        }
        return new Pca(coords, explained);
    }
}
