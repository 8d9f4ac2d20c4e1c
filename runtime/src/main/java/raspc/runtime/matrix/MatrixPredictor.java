package raspc.runtime.matrix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.ModelOutput;

/** A trained masked regressor's completed matrices (inference mode), optionally through forward hooks. */
public final class MatrixPredictor {
    private static final int BATCH = 256;

    /** Hooks for one batch (for patching: made from a clean run of the same rows). */
    @FunctionalInterface
    public interface Hooks {
        ForwardHooks forBatch(NDManager manager, Batch batch, List<MaskedMatrix> rows);
    }

    /** What one batch's forward pass hands to a caller that reads more than the values. */
    @FunctionalInterface
    public interface Reader {
        void read(ModelOutput output, ForwardHooks hooks, List<MaskedMatrix> rows);
    }

    private final TrainedModel trained;
    private final MatrixTaskData data;

    public MatrixPredictor(TrainedModel trained, MatrixTaskData data) {
        this.trained = trained;
        this.data = data;
    }

    /** The predicted n^2 values of each matrix. */
    public float[][] values(List<MaskedMatrix> matrices) {
        return values(matrices, null, null);
    }

    /**
     * The predicted values of each matrix, every batch run through {@code hooks} (null: none),
     * and each batch's output handed to {@code reader} (null: none) before it is freed.
     */
    public float[][] values(List<MaskedMatrix> matrices, Hooks hooks, Reader reader) {
        return values(matrices, data.samples(matrices), hooks, reader);
    }

    /**
     * As {@link #values(List, Hooks, Reader)} with the model reading {@code inputs} (one per
     * matrix, e.g. with MASK replaced by a value token) instead of the matrices' own tokens.
     */
    public float[][] values(List<MaskedMatrix> matrices, List<EncodedSample> inputs, Hooks hooks, Reader reader) {
        float[][] out = new float[matrices.size()][];
        int next = 0;
        for (int from = 0; from < matrices.size(); from += BATCH) {
            int to = Math.min(matrices.size(), from + BATCH);
            List<MaskedMatrix> rows = matrices.subList(from, to);
            List<EncodedSample> samples = inputs.subList(from, to);
            try (NDManager m = trained.manager().newSubManager()) {
                Batch batch = trained.encoder().encode(m, samples);
                ForwardHooks h = hooks == null ? ForwardHooks.recording() : hooks.forBatch(m, batch, rows);
                ModelOutput output = trained.model().run(trained.store(), batch.tokens(), batch.lengths(), h);
                if (reader != null) {
                    reader.read(output, h, rows);
                }
                NDArray logits = output.logits(); // [B, n^2]
                float[] flat = logits.toFloatArray();
                int t = (int) logits.getShape().get(1);
                for (int i = 0; i < rows.size(); i++) {
                    out[next++] = java.util.Arrays.copyOfRange(flat, i * t, (i + 1) * t);
                }
            }
        }
        return out;
    }

    /** The errors of the model on {@code matrices}. */
    public EntryErrors errors(List<MaskedMatrix> matrices) {
        return EntryErrors.of(matrices, values(matrices));
    }

}
