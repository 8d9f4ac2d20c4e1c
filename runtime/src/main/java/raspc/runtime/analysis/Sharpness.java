package raspc.runtime.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.model.NativeModel;

/**
 * Sharpness as in Hahn and Rofin: the mean over R draws of L(theta + Delta) - L(theta), Delta ~
 * N(0, eps^2) on every parameter except the position embeddings, L the MSE on a fixed set of
 * inputs. Each draw perturbs the parameters once and evaluates every batch with that same
 * perturbation; the parameters are restored exactly afterwards. The paper's figures show 4x the
 * value ({@link #timesFour()}).
 *
 * @param baseLoss L(theta) on the inputs
 * @param perDraw L(theta + Delta_r) - L(theta) for each draw
 * @param standardError of the mean over draws
 * @param inputs how many inputs L averages over
 */
public record Sharpness(double eps, int draws, int inputs, double baseLoss, double sharpness, double standardError,
        double[] perDraw) {

    public static final double DEFAULT_EPS = 0.02;
    public static final int DEFAULT_DRAWS = 10;

    public double timesFour() {
        return 4 * sharpness;
    }

    /**
     * Measures it on {@code inputs} with targets {@code targets} (0/1); the draws depend only on
     * {@code seed}. The model must not hold gradient buffers (load it from its file).
     */
    public static Sharpness measure(BooleanNet net, long[] inputs, float[] targets, double eps, int draws, long seed) {
        return measure(net, () -> loss(net, inputs, targets), inputs.length, eps, draws, seed);
    }

    /**
     * Measures it for any model of the one transformer with its own {@code loss} (a decoder's
     * cross-entropy over {@code inputs} fixed samples): the same perturbations as for a Boolean
     * model, as the draws depend only on {@code seed} and the parameters' shapes. The model's
     * parameters must not record gradients.
     */
    public static Sharpness measure(NativeModel net, DoubleSupplier loss, int inputs, double eps, int draws, long seed) {
        if (draws < 1) {
            throw new IllegalArgumentException("sharpness needs at least 1 draw, got " + draws);
        }
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("eps must be >= 0, got " + eps);
        }
        List<Parameter> perturbed = net.nonPositionalParameters();
        double base = loss.getAsDouble();
        double[] differences = new double[draws];
        SplittableRandom random = new SplittableRandom(seed);
        try (NDManager saved = net.manager().newSubManager()) {
            NDArray[] originals = new NDArray[perturbed.size()];
            for (int i = 0; i < originals.length; i++) {
                // a plain arithmetic copy: duplicate(), copyTo() and set() make PyTorch print a deprecation warning
                originals[i] = perturbed.get(i).getArray().mul(1f);
                originals[i].attach(saved);
            }
            for (int r = 0; r < draws; r++) {
                try (NDManager noise = saved.newSubManager()) {
                    for (Parameter p : perturbed) {
                        NDArray w = p.getArray();
                        w.addi(noise.create(gaussian(random, (int) w.size(), eps), w.getShape()));
                    }
                }
                try {
                    differences[r] = loss.getAsDouble() - base;
                } finally {
                    for (int i = 0; i < originals.length; i++) {
                        perturbed.get(i).getArray().muli(0f).addi(originals[i]); // 0 + x restores x exactly
                    }
                }
            }
        }
        double mean = 0;
        for (double d : differences) {
            mean += d;
        }
        mean /= draws;
        double var = 0;
        for (double d : differences) {
            var += (d - mean) * (d - mean);
        }
        double se = draws > 1 ? Math.sqrt(var / (draws - 1) / draws) : Double.NaN;
        return new Sharpness(eps, draws, inputs, base, mean, se, differences);
    }

    /** Mean squared error of the model on the inputs. */
    public static double loss(BooleanNet net, long[] inputs, float[] targets) {
        float[] g = net.predict(inputs);
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            double d = g[i] - targets[i];
            sum += d * d;
        }
        return sum / g.length;
    }

    private static float[] gaussian(SplittableRandom random, int count, double eps) {
        float[] values = new float[count];
        for (int i = 0; i < count; i += 2) {
            // Box-Muller: two normals per pair of uniforms
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            double radius = Math.sqrt(-2 * Math.log(u1)) * eps;
            values[i] = (float) (radius * Math.cos(2 * Math.PI * u2));
            if (i + 1 < count) {
                values[i + 1] = (float) (radius * Math.sin(2 * Math.PI * u2));
            }
        }
        return values;
    }
}
