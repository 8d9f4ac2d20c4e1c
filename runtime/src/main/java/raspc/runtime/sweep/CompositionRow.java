package raspc.runtime.sweep;

import java.util.Map;
import raspc.runtime.eval.GenerationReport.GenerationMetrics;
import raspc.runtime.eval.Report;

/**
 * One finished composition cell, its figures taken from the run's report.json: generation
 * accuracy (final 6 tokens) on the compositions seen in training and on the unseen ones, apart.
 * A cell trained when it learned its own training compositions (seen token accuracy at least
 * {@value #TRAINED_TOKEN_ACCURACY}); one that did not says so in {@code note}, since its unseen
 * accuracy then says nothing about generalisation.
 *
 * @param group the plots' line: the prompt format, with the model when it is not the decoder and
 *     the varying settings
 * @param trainCompositions compositions seen in training (the report's seen count)
 */
public record CompositionRow(String cell, String group, String task, String format, String strategy, String model,
        int trainCompositions, long seed, Map<String, Object> settings, boolean trained, String note,
        double seenTokenAccuracy, double seenSequenceAccuracy, double seenTeacherForcedAccuracy,
        double unseenTokenAccuracy, double unseenSequenceAccuracy, double unseenTeacherForcedAccuracy,
        int unseenCompositions, long steps, double trainSeconds, double validLoss, String runId) implements CellRow {

    public static final double TRAINED_TOKEN_ACCURACY = 0.9;

    /** The row of a composition run's report; {@code group}, format, strategy and model come from the cell's task. */
    static CompositionRow of(String cell, String group, String task, String format, String strategy, String model,
            long seed, Map<String, Object> settings, Report report) {
        if (report.compositions() == null) {
            throw new IllegalStateException("report.json of " + cell + " has no compositions block");
        }
        GenerationMetrics seen = report.compositions().seen();
        GenerationMetrics unseen = report.compositions().unseen();
        boolean trained = seen.tokenAccuracy() >= TRAINED_TOKEN_ACCURACY;
        String note = trained ? "" : String.format(java.util.Locale.ROOT,
                "did not train: seen token accuracy %.3f < %.1f", seen.tokenAccuracy(), TRAINED_TOKEN_ACCURACY);
        if (report.interrupted()) {
            note = (note.isEmpty() ? "" : note + "; ") + "interrupted";
        }
        var valid = report.splits().get("valid");
        return new CompositionRow(cell, group, task, format, strategy, model, seen.count(), seed, settings, trained, note,
                seen.tokenAccuracy(), seen.sequenceAccuracy(), seen.teacherForcedAccuracy(), unseen.tokenAccuracy(),
                unseen.sequenceAccuracy(), unseen.teacherForcedAccuracy(), unseen.count(), report.steps(),
                report.trainingSeconds(), valid == null ? Double.NaN : valid.loss(), report.runId());
    }

    /** The plotted figures, by column name. */
    public double metric(String name) {
        return switch (name) {
            case "unseen_sequence_accuracy" -> unseenSequenceAccuracy;
            case "unseen_token_accuracy" -> unseenTokenAccuracy;
            case "seen_sequence_accuracy" -> seenSequenceAccuracy;
            default -> throw new IllegalArgumentException("unknown metric " + name);
        };
    }

    @Override
    public String progress() {
        return String.format(java.util.Locale.ROOT,
                "%s, %d steps (%.0f s), %d training compositions: seen seq %.3f, unseen seq %.3f token %.3f",
                trained ? "trained" : "DID NOT TRAIN", steps, trainSeconds, trainCompositions, seenSequenceAccuracy,
                unseenSequenceAccuracy, unseenTokenAccuracy);
    }
}
