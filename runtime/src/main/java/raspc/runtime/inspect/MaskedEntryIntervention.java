package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;

/**
 * {@code raspc intervene} on a matrix-completion run: every masked entry is shown as the token of
 * a fixed value instead of MASK, and the masked outputs are compared with that value and with the
 * truth. A model that completes the matrix stays near the truth; one that copies its input moves
 * to the value (the reference study's copy check, here for any values).
 */
public final class MaskedEntryIntervention {
    private MaskedEntryIntervention() {}

    public static MaskedInterventionReport intervene(String runId, MatrixPredictor model, MatrixTaskData data,
            List<MaskedMatrix> matrices, List<Double> values) {
        MatrixValues tokens = data.task().values();
        float[][] intact = model.values(matrices);
        List<MaskedInterventionReport.Row> rows = new ArrayList<>();
        for (double value : values) {
            int hundredths = (int) Math.round(value * MatrixValues.PER_UNIT);
            if (hundredths != tokens.hundredths(value)) {
                throw new RuntimeUserException("the value " + value + " has no token: values lie in [-"
                        + tokens.bound() + ", " + tokens.bound() + "]");
            }
            float[][] shown = model.values(matrices, shownAs(matrices, tokens, tokens.id(hundredths)), null, null);
            double v = hundredths / (double) MatrixValues.PER_UNIT;
            rows.add(new MaskedInterventionReport.Row(v, MaskedFit.of(matrices, intact, v), MaskedFit.of(matrices, shown, v)));
        }
        return new MaskedInterventionReport(data.name(), runId, matrices.size(),
                matrices.stream().mapToLong(MaskedMatrix::maskedCount).sum(), rows);
    }

    /** The matrices' inputs with every masked entry showing {@code token}. */
    private static List<EncodedSample> shownAs(List<MaskedMatrix> matrices, MatrixValues values, int token) {
        List<EncodedSample> inputs = new ArrayList<>(matrices.size());
        for (MaskedMatrix m : matrices) {
            int[] in = m.inputIds(values);
            for (int e = 0; e < in.length; e++) {
                if (!m.observed()[e]) {
                    in[e] = token;
                }
            }
            inputs.add(new EncodedSample(in, m.targetIds(values)));
        }
        return inputs;
    }

    /**
     * How the masked outputs of one input relate to the value and to the truth.
     *
     * @param mseToValue mean squared distance of the masked outputs to the value
     * @param mseToTruth their mean squared error against the true entries
     * @param closerToValue share of masked entries whose output is nearer the value than the truth
     *     (entries whose truth is the value itself left out)
     */
    public record MaskedFit(double mseToValue, double mseToTruth, double closerToValue) {
        static MaskedFit of(List<MaskedMatrix> matrices, float[][] outputs, double value) {
            double toValue = 0;
            double toTruth = 0;
            long masked = 0;
            long closer = 0;
            long compared = 0;
            for (int i = 0; i < matrices.size(); i++) {
                MaskedMatrix m = matrices.get(i);
                for (int e = 0; e < m.observed().length; e++) {
                    if (m.observed()[e]) {
                        continue;
                    }
                    double out = outputs[i][e];
                    double truth = m.hundredths()[e] / (double) MatrixValues.PER_UNIT;
                    toValue += (out - value) * (out - value);
                    toTruth += (out - truth) * (out - truth);
                    masked++;
                    if (Math.abs(truth - value) > 1e-9) {
                        compared++;
                        closer += Math.abs(out - value) < Math.abs(out - truth) ? 1 : 0;
                    }
                }
            }
            return new MaskedFit(masked == 0 ? Double.NaN : toValue / masked, masked == 0 ? Double.NaN : toTruth / masked,
                    compared == 0 ? Double.NaN : closer / (double) compared);
        }
    }
}
