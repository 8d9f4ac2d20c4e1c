package raspc.compiler.matrix;

import java.util.SplittableRandom;

/**
 * How the entries of the factors U and V are drawn. Training uses the reference's uniform
 * [-1, 1]; Gaussian and Laplace are the out-of-distribution factors, scaled to the uniform's
 * variance (1/3) so that the matrices have entries of the same typical size and only the shape
 * of the distribution changes.
 */
public enum FactorDistribution {
    UNIFORM, GAUSSIAN, LAPLACE;

    private static final double UNIFORM_SD = Math.sqrt(1.0 / 3.0);

    /** One factor entry. */
    public double draw(SplittableRandom random) {
        return switch (this) {
            case UNIFORM -> random.nextDouble(-1.0, 1.0);
            case GAUSSIAN -> UNIFORM_SD * random.nextGaussian();
            case LAPLACE -> {
                // inverse CDF of a Laplace of scale b has variance 2 b^2
                double u = random.nextDouble() - 0.5;
                double b = UNIFORM_SD / Math.sqrt(2.0);
                yield -b * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
            }
        };
    }
}
