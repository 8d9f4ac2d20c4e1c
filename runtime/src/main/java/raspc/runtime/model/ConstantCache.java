package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.HashMap;
import java.util.Map;

/**
 * Tensors that depend only on the sequence length (sinusoidal positions, position ranges, the
 * causal mask), made once per length on the model's device and kept for the model's lifetime,
 * so that batches allocate none of them.
 */
final class ConstantCache implements AutoCloseable {
    /** Added to masked scores; large enough that softmax gives exactly 0, small enough to stay finite. */
    static final float MASKED = -1e9f;

    private final NDManager manager;
    private final int dim;
    private final Map<Integer, NDArray> sinusoids = new HashMap<>();
    private final Map<Integer, NDArray> ranges = new HashMap<>();
    private final Map<Integer, NDArray> causalMasks = new HashMap<>();

    ConstantCache(NDManager manager, int dim) {
        this.manager = manager;
        this.dim = dim;
    }

    NDManager manager() {
        return manager;
    }

    /** [1, T, d]: sin on even, cos on odd dimensions, as in "Attention is all you need". */
    synchronized NDArray sinusoids(int length) {
        return sinusoids.computeIfAbsent(length, t -> {
            float[] table = new float[t * dim];
            for (int pos = 0; pos < t; pos++) {
                for (int i = 0; i < dim; i += 2) {
                    double angle = pos / Math.pow(10000.0, (double) i / dim);
                    table[pos * dim + i] = (float) Math.sin(angle);
                    if (i + 1 < dim) {
                        table[pos * dim + i + 1] = (float) Math.cos(angle);
                    }
                }
            }
            return manager.create(table, new Shape(1, t, dim));
        });
    }

    /** [1, T] int64: 0 .. T-1, compared with lengths to find padding. */
    synchronized NDArray range(int length) {
        return ranges.computeIfAbsent(length, t -> manager.arange(0, t, 1, DataType.INT64).reshape(1, t));
    }

    /** [1, 1, T, T]: 0 where key <= query, {@link #MASKED} above the diagonal. */
    synchronized NDArray causalMask(int length) {
        return causalMasks.computeIfAbsent(length, t -> {
            float[] mask = new float[t * t];
            for (int q = 0; q < t; q++) {
                for (int k = q + 1; k < t; k++) {
                    mask[q * t + k] = MASKED;
                }
            }
            return manager.create(mask, new Shape(1, 1, t, t));
        });
    }

    @Override
    public void close() {
        manager.close();
    }
}
