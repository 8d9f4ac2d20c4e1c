package raspc.runtime.matrix.study;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.EntryErrors;

/**
 * The study's input and activation interventions on one model: the copy check (MASK replaced by
 * a fixed value token) and activation patching of head contexts from X into a run on -X.
 */
public final class Interventions {
    private Interventions() {}

    /** What the copy check measured. */
    public record CopyCheck(double value, double mseToValue, double mseToTruth) {}

    /**
     * Masked entries shown as the token of {@code value} instead of MASK: a model that copies
     * its input outputs {@code value} there (small MSE to it); one that completes outputs the truth.
     */
    static CopyCheck copyCheck(MatrixPredictor model, MatrixTaskData data, List<MaskedMatrix> matrices, double value) {
        MatrixValues values = data.task().values();
        int token = values.id(values.hundredths(value));
        List<EncodedSample> inputs = new ArrayList<>();
        for (MaskedMatrix m : matrices) {
            int[] in = m.inputIds(values);
            for (int e = 0; e < in.length; e++) {
                if (!m.observed()[e]) {
                    in[e] = token;
                }
            }
            inputs.add(new EncodedSample(in, m.targetIds(values)));
        }
        float[][] out = model.values(matrices, inputs, null, null);
        return new CopyCheck(value, EntryErrors.againstValueAtMasked(matrices, out, value).masked(),
                EntryErrors.of(matrices, out).masked());
    }

    /**
     * For each head, the fraction of the way the masked outputs on -X move back to the clean
     * outputs on X when that head's context vectors (before the output projection) are those of
     * the clean run: 1 - MSE(patched, clean) / MSE(corrupted, clean), over masked entries.
     */
    static double[][] patching(MatrixPredictor model, List<MaskedMatrix> matrices, int layers, int heads) {
        List<MaskedMatrix> corrupted = matrices.stream().map(MaskedMatrix::negated).toList();
        float[][] clean = model.values(matrices);
        float[][] baseline = model.values(corrupted);
        double base = maskedDistance(matrices, baseline, clean);
        double[][] restored = new double[layers][heads];
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                int layer = l;
                int head = h;
                float[][] patched = model.values(corrupted, (manager, batch, rows) -> {
                    NDArray cleanContext = cleanContext(model, manager, rows, layer);
                    return ForwardHooks.intervening(List.of(new Intervention.SetContext(layer, head,
                            cleanContext.get(":, {}", head))));
                }, null);
                restored[l][h] = 1 - maskedDistance(matrices, patched, clean) / base;
            }
        }
        return restored;
    }

    /** The clean run's contexts of {@code layer} for the rows of a corrupted batch, in that batch's manager. */
    private static NDArray cleanContext(MatrixPredictor model, NDManager manager, List<MaskedMatrix> corruptedRows,
            int layer) {
        List<MaskedMatrix> cleanRows = corruptedRows.stream().map(MaskedMatrix::negated).toList();
        NDArray[] context = new NDArray[1];
        model.values(cleanRows, (m, batch, rows) -> ForwardHooks.recording(Capture.CONTEXT),
                (output, hooks, rows) -> {
                    NDArray c = hooks.context(layer);
                    context[0] = manager.create(c.toFloatArray(), c.getShape());
                });
        return context[0];
    }

    private static double maskedDistance(List<MaskedMatrix> matrices, float[][] a, float[][] b) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            boolean[] observed = matrices.get(i).observed();
            for (int e = 0; e < observed.length; e++) {
                if (!observed[e]) {
                    double d = a[i][e] - b[i][e];
                    sum += d * d;
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
