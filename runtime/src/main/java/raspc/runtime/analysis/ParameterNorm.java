package raspc.runtime.analysis;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import raspc.runtime.model.NativeModel;

/** L2 norm of all parameters except the position embeddings (weights, biases, layer-norm gains). */
public final class ParameterNorm {
    private ParameterNorm() {}

    public static double measure(NativeModel net) {
        double sum = 0;
        try (NDManager scratch = net.manager().newSubManager()) {
            for (Parameter p : net.nonPositionalParameters()) {
                float[] w = p.getArray().toFloatArray();
                for (float v : w) {
                    sum += (double) v * v;
                }
            }
        }
        return Math.sqrt(sum);
    }
}
