package raspc.runtime.analysis;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.model.TransformerModel;

/**
 * LayerNorm blowup as in Hahn and Rofin: for each layer norm, the factor 1/std by which it scales
 * its input vector at each position (only the readout position in the last layer, the only one
 * the output depends on there); per input, the product over layer norms of the maximum over
 * positions; averaged over the inputs. The std includes the layer norm's own epsilon (1e-5), as
 * the layer norm divides by sqrt(var + eps).
 *
 * @param blowup the mean over inputs of the product
 * @param perNorm mean over inputs of each layer norm's max factor, in order (layer 0 norm1, norm2, ...)
 * @param inputs how many inputs were averaged
 */
public record LayerNormBlowup(double blowup, double[] perNorm, int inputs) {
    /** DJL's LayerNorm default epsilon. */
    static final double LAYER_NORM_EPS = 1e-5;

    public static LayerNormBlowup measure(BooleanNet net, long[] inputs) {
        int count = Math.min(inputs.length, BooleanNet.EVAL_BATCH);
        int layers = net.config().layers();
        try (NDManager batch = net.manager().newSubManager()) {
            TransformerModel.Traced traced = net.trace(batch, inputs, 0, count);
            List<NDArray> norms = traced.normInputs();
            int lastLayerFrom = 2 * (layers - 1); // the last layer's norms (and a pre-LN final norm) come last
            NDArray product = null;
            double[] perNorm = new double[norms.size()];
            for (int k = 0; k < norms.size(); k++) {
                NDArray x = norms.get(k); // [B, T, d]
                NDArray centred = x.sub(x.mean(new int[] {2}, true));
                NDArray factor = centred.square().mean(new int[] {2}).add(LAYER_NORM_EPS).sqrt().pow(-1); // [B, T]
                long t = factor.getShape().get(1);
                NDArray perInput = k >= lastLayerFrom ? factor.get(":, {}", t - 1) : factor.max(new int[] {1});
                perNorm[k] = perInput.mean().getFloat();
                product = product == null ? perInput : product.mul(perInput);
            }
            double blowup = product == null ? 1.0 : product.mean().getFloat();
            return new LayerNormBlowup(blowup, perNorm, count);
        }
    }
}
