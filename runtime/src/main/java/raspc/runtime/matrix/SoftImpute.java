package raspc.runtime.matrix;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import raspc.compiler.matrix.MaskedMatrix;

/**
 * The nuclear-norm minimisation baseline, by soft-impute (Mazumder, Hastie and Tibshirani 2010):
 * Z <- SVT_lambda(P_obs(X) + P_mask(Z)), where SVT shrinks every singular value by lambda. Along
 * a decreasing path of lambda (warm-started) down to {@link #FINAL_LAMBDA} the fixed point
 * approaches the minimum-nuclear-norm matrix that agrees with the observed entries, the
 * reference's convex program (cvxpy there). The result keeps the observed entries exactly.
 */
public final class SoftImpute {
    /** The end of the lambda path: small against singular values of order 1, so the fit is all but exact. */
    static final double FINAL_LAMBDA = 1e-4;
    private static final int ITERATIONS_PER_LAMBDA = 200;
    private static final double TOLERANCE = 1e-7;

    private SoftImpute() {}

    /** The completed matrix, row-major. */
    public static float[] complete(MaskedMatrix m) {
        int n = m.n();
        DMatrixRMaj observed = new DMatrixRMaj(n, n);
        for (int e = 0; e < n * n; e++) {
            if (m.observed()[e]) {
                observed.data[e] = m.hundredths()[e] / 100.0;
            }
        }
        DMatrixRMaj z = observed.copy();
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, true, true, true);
        double lambda = largestSingularValue(svd, observed) / 2;
        while (true) {
            z = fixedPoint(svd, observed, m.observed(), z, lambda);
            if (lambda <= FINAL_LAMBDA) {
                break;
            }
            lambda = Math.max(FINAL_LAMBDA, lambda / 4);
        }
        float[] out = new float[n * n];
        for (int e = 0; e < out.length; e++) {
            out[e] = (float) (m.observed()[e] ? observed.data[e] : z.data[e]);
        }
        return out;
    }

    private static DMatrixRMaj fixedPoint(SingularValueDecomposition_F64<DMatrixRMaj> svd, DMatrixRMaj observed,
            boolean[] mask, DMatrixRMaj start, double lambda) {
        DMatrixRMaj z = start;
        for (int it = 0; it < ITERATIONS_PER_LAMBDA; it++) {
            DMatrixRMaj filled = observed.copy();
            for (int e = 0; e < mask.length; e++) {
                if (!mask[e]) {
                    filled.data[e] = z.data[e];
                }
            }
            DMatrixRMaj next = shrink(svd, filled, lambda);
            DMatrixRMaj step = new DMatrixRMaj(z.numRows, z.numCols);
            CommonOps_DDRM.subtract(next, z, step);
            double change = NormOps_DDRM.normF(step) / Math.max(1e-12, NormOps_DDRM.normF(z));
            z = next;
            if (change * change < TOLERANCE) {
                break;
            }
        }
        return z;
    }

    /** U max(S - lambda, 0) V^T. */
    private static DMatrixRMaj shrink(SingularValueDecomposition_F64<DMatrixRMaj> svd, DMatrixRMaj a, double lambda) {
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("the SVD of a " + a.numRows + " x " + a.numCols + " matrix did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vt = svd.getV(null, true);
        for (int i = 0; i < Math.min(w.numRows, w.numCols); i++) {
            w.set(i, i, Math.max(0, w.get(i, i) - lambda));
        }
        DMatrixRMaj uw = new DMatrixRMaj(u.numRows, w.numCols);
        CommonOps_DDRM.mult(u, w, uw);
        DMatrixRMaj out = new DMatrixRMaj(uw.numRows, vt.numCols);
        CommonOps_DDRM.mult(uw, vt, out);
        return out;
    }

    private static double largestSingularValue(SingularValueDecomposition_F64<DMatrixRMaj> svd, DMatrixRMaj a) {
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("the SVD did not converge");
        }
        double max = 0;
        for (double s : svd.getSingularValues()) {
            max = Math.max(max, s);
        }
        return max;
    }
}
