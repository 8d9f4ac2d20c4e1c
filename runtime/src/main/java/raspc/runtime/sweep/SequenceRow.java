package raspc.runtime.sweep;

import java.util.Map;
import raspc.runtime.eval.HeadAgreement;
import raspc.runtime.eval.Report;
import raspc.runtime.eval.SplitMetrics;

/**
 * One finished sequence-task cell, its figures taken from the run's report.json: the test
 * split's token and sequence accuracy, the shape trained against the program's plan, and the
 * supervised heads' agreement with their selectors (mean over heads of the attention mass on the
 * selected positions; NaN when no head is supervised). A cell trained when its test token
 * accuracy reached {@value #TRAINED_TOKEN_ACCURACY}; one that did not says so in {@code note}.
 *
 * @param group the plots' line: the task, with the varying settings but the shape
 */
public record SequenceRow(String cell, String group, String task, long seed, Map<String, Object> settings,
        int layers, int heads, int plannedLayers, int plannedHeads, int supervisedHeads, boolean trained, String note,
        double testTokenAccuracy, double testSequenceAccuracy, double validTokenAccuracy, double validSequenceAccuracy,
        double attentionAgreement, int epochs, int bestEpoch, double trainSeconds, String stopReason) implements CellRow {

    public static final double TRAINED_TOKEN_ACCURACY = 0.9;

    static SequenceRow of(String cell, String group, String task, long seed, Map<String, Object> settings,
            int plannedLayers, int plannedHeads, int supervisedHeads, Report report) {
        SplitMetrics test = report.splits().get("test");
        SplitMetrics valid = report.splits().get("valid");
        double agreement = report.attentionAgreement() == null || report.attentionAgreement().isEmpty() ? Double.NaN
                : report.attentionAgreement().stream().mapToDouble(HeadAgreement::massOnSelected).average().orElse(Double.NaN);
        boolean trained = test.tokenAccuracy() >= TRAINED_TOKEN_ACCURACY;
        String note = trained ? "" : String.format(java.util.Locale.ROOT, "did not train: test token accuracy %.3f < %.1f",
                test.tokenAccuracy(), TRAINED_TOKEN_ACCURACY);
        if (report.interrupted()) {
            note = (note.isEmpty() ? "" : note + "; ") + "interrupted";
        }
        return new SequenceRow(cell, group, task, seed, settings, report.model().layers(), report.model().heads(),
                plannedLayers, plannedHeads, supervisedHeads, trained, note, test.tokenAccuracy(), test.sequenceAccuracy(),
                valid == null ? Double.NaN : valid.tokenAccuracy(), valid == null ? Double.NaN : valid.sequenceAccuracy(),
                agreement, report.epochsCompleted(), report.bestEpoch(), report.trainingSeconds(), report.stopReason());
    }

    @Override
    public String progress() {
        return String.format(java.util.Locale.ROOT,
                "%s, %d x %d (plan %d x %d), %d epochs (%.0f s): test token %.3f, sequence %.3f%s",
                trained ? "trained" : "DID NOT TRAIN", layers, heads, plannedLayers, plannedHeads, epochs, trainSeconds,
                testTokenAccuracy, testSequenceAccuracy, Double.isNaN(attentionAgreement) ? ""
                        : String.format(java.util.Locale.ROOT, ", attention agreement %.3f", attentionAgreement));
    }
}
