package raspc.runtime.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raspc.runtime.run.Json;

/** results.csv and results.jsonl of a sweep: one row per finished cell, in grid order, with its kind's columns. */
public final class ResultsTable {
    static final List<String> COLUMNS = List.of("cell", "group", "function", "task", "n", "seed", "converged",
            "converged_step", "steps_run", "final_eval_mse", "final_accuracy", "train_seconds", "target_sensitivity", "model_sensitivity",
            "model_sensitivity_real", "sharpness", "sharpness_se", "sharpness_x4", "ln_blowup", "param_norm",
            "analysis_seconds");
    static final List<String> COMPOSITION_COLUMNS = List.of("cell", "group", "task", "format", "strategy", "model",
            "train_compositions", "seed", "trained", "note", "seen_token_accuracy", "seen_sequence_accuracy",
            "seen_teacher_forced_accuracy", "unseen_token_accuracy", "unseen_sequence_accuracy",
            "unseen_teacher_forced_accuracy", "unseen_compositions", "steps", "train_seconds", "valid_loss", "run_id");
    static final List<String> SEQUENCE_COLUMNS = List.of("cell", "group", "task", "seed", "layers", "heads",
            "planned_layers", "planned_heads", "supervised_heads", "trained", "note", "test_token_accuracy",
            "test_sequence_accuracy", "valid_token_accuracy", "valid_sequence_accuracy", "attention_agreement", "epochs",
            "best_epoch", "train_seconds", "stop_reason");

    private ResultsTable() {}

    /**
     * CSV with a header; the settings come after the fixed columns, one column per key, but for
     * those a fixed column already holds (a composition row's model and steps).
     */
    public static String csv(SweepKind kind, List<? extends CellRow> rows, List<String> allSettingKeys) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(switch (kind) {
            case BOOLEAN -> COLUMNS;
            case COMPOSITION -> COMPOSITION_COLUMNS;
            case SEQUENCE -> SEQUENCE_COLUMNS;
        });
        List<String> settingKeys = allSettingKeys.stream().filter(k -> !header.contains(k)).toList();
        header.addAll(settingKeys);
        s.append(String.join(",", header)).append('\n');
        for (CellRow r : rows) {
            List<String> cells = new ArrayList<>(fields(r));
            for (String k : settingKeys) {
                Object v = r.settings().get(k);
                cells.add(v == null ? "" : quote(v.toString()));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString();
    }

    /** A Boolean sweep's CSV. */
    public static String csv(List<SweepRow> rows, List<String> settingKeys) {
        return csv(SweepKind.BOOLEAN, rows, settingKeys);
    }

    private static List<String> fields(CellRow row) {
        return switch (row) {
            case SweepRow r -> List.of(quote(r.cell()), quote(r.group()), r.function(), r.task(),
                    Integer.toString(r.n()), Long.toString(r.seed()), Boolean.toString(r.converged()),
                    Integer.toString(r.convergedStep()), Integer.toString(r.stepsRun()), num(r.finalEvalMse()),
                    num(r.finalAccuracy()), num(r.trainSeconds()), num(r.targetSensitivity()), num(r.modelSensitivity()),
                    num(r.modelSensitivityReal()), num(r.sharpness()), num(r.sharpnessSe()), num(r.sharpnessX4()),
                    num(r.lnBlowup()), num(r.paramNorm()), num(r.analysisSeconds()));
            case CompositionRow r -> List.of(quote(r.cell()), quote(r.group()), r.task(), r.format(), quote(r.strategy()),
                    r.model(), Integer.toString(r.trainCompositions()), Long.toString(r.seed()), Boolean.toString(r.trained()),
                    quote(r.note()), num(r.seenTokenAccuracy()), num(r.seenSequenceAccuracy()),
                    num(r.seenTeacherForcedAccuracy()), num(r.unseenTokenAccuracy()), num(r.unseenSequenceAccuracy()),
                    num(r.unseenTeacherForcedAccuracy()), Integer.toString(r.unseenCompositions()), Long.toString(r.steps()),
                    num(r.trainSeconds()), num(r.validLoss()), r.runId());
            case SequenceRow r -> List.of(quote(r.cell()), quote(r.group()), r.task(), Long.toString(r.seed()),
                    Integer.toString(r.layers()), Integer.toString(r.heads()), Integer.toString(r.plannedLayers()),
                    Integer.toString(r.plannedHeads()), Integer.toString(r.supervisedHeads()), Boolean.toString(r.trained()),
                    quote(r.note()), num(r.testTokenAccuracy()), num(r.testSequenceAccuracy()), num(r.validTokenAccuracy()),
                    num(r.validSequenceAccuracy()), num(r.attentionAgreement()), Integer.toString(r.epochs()),
                    Integer.toString(r.bestEpoch()), num(r.trainSeconds()), quote(r.stopReason()));
        };
    }

    public static String jsonLines(List<? extends CellRow> rows) {
        StringBuilder s = new StringBuilder();
        for (CellRow r : rows) {
            s.append(Json.line(r)).append('\n');
        }
        return s.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains(" ") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
