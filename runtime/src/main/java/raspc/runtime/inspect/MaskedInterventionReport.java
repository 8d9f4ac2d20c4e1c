package raspc.runtime.inspect;

import java.util.List;
import java.util.Locale;

/**
 * A masked-entry intervention on a matrix run's test matrices: per value, the masked outputs
 * with MASK shown (as trained) and with the value's token shown in its place.
 *
 * @param maskedEntries masked entries over all matrices
 */
public record MaskedInterventionReport(String task, String runId, int matrices, long maskedEntries, List<Row> rows)
        implements InspectionReport {

    /** One value: the masked outputs' fit with MASK shown and with the value shown. */
    public record Row(double value, MaskedEntryIntervention.MaskedFit withMask, MaskedEntryIntervention.MaskedFit withValue) {}

    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "masked-entry intervention on %s (run %s): %d test matrices, %d masked entries"
                + " shown as a value token instead of MASK%n", task, runId, matrices, maskedEntries));
        s.append(String.format(Locale.ROOT, "%8s  %-6s %13s %13s %16s%n", "value", "shown", "MSE to value", "MSE to truth",
                "nearer the value"));
        for (Row r : rows) {
            line(s, r.value(), "MASK", r.withMask());
            line(s, r.value(), "value", r.withValue());
        }
        s.append("a model that copies its input moves to the value (small MSE to it, nearer the value); one that"
                + " completes the matrix stays near the truth\n");
        return s.toString();
    }

    private static void line(StringBuilder s, double value, String shown, MaskedEntryIntervention.MaskedFit fit) {
        s.append(String.format(Locale.ROOT, "%+8.2f  %-6s %13.3e %13.3e %15.1f%%%n", value, shown, fit.mseToValue(),
                fit.mseToTruth(), 100 * fit.closerToValue()));
    }
}
