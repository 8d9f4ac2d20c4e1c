package raspc.runtime.matrix.study;

import ai.djl.ndarray.NDArray;
import java.util.List;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.runtime.matrix.MatrixPredictor;

/** Batch-mean attention of every layer and head, the study's attention maps. */
final class AttentionMeans {
    private AttentionMeans() {}

    /** [layer][head][query * T + key], averaged over {@code matrices}. */
    static float[][][] of(MatrixPredictor model, List<MaskedMatrix> matrices, int layers, int heads) {
        int t = matrices.get(0).observed().length;
        float[][][] sums = new float[layers][heads][t * t];
        model.values(matrices, null, (output, hooks, rows) -> {
            for (int l = 0; l < layers; l++) {
                NDArray summed = output.attention(l).sum(new int[] {0}); // [H, T, T]
                float[] flat = summed.toFloatArray();
                for (int h = 0; h < heads; h++) {
                    for (int i = 0; i < t * t; i++) {
                        sums[l][h][i] += flat[h * t * t + i];
                    }
                }
            }
        });
        for (float[][] layer : sums) {
            for (float[] head : layer) {
                for (int i = 0; i < head.length; i++) {
                    head[i] /= matrices.size();
                }
            }
        }
        return sums;
    }
}
