package raspc.runtime.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raspc.runtime.run.Json;

/** results.csv and results.jsonl of a sweep: one row per finished cell, in grid order. */
public final class ResultsTable {
    static final List<String> COLUMNS = List.of("cell", "group", "function", "task", "n", "seed", "converged",
            "converged_step", "steps_run", "final_eval_mse", "train_seconds", "target_sensitivity", "model_sensitivity",
            "model_sensitivity_real", "sharpness", "sharpness_se", "sharpness_x4", "ln_blowup", "param_norm",
            "analysis_seconds");

    private ResultsTable() {}

    /** CSV with a header; the settings come after the fixed columns, one column per key. */
    public static String csv(List<SweepRow> rows, List<String> settingKeys) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(settingKeys);
        s.append(String.join(",", header)).append('\n');
        for (SweepRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(quote(r.cell()), quote(r.group()), r.function(), r.task(),
                    Integer.toString(r.n()), Long.toString(r.seed()), Boolean.toString(r.converged()),
                    Integer.toString(r.convergedStep()), Integer.toString(r.stepsRun()), num(r.finalEvalMse()),
                    num(r.trainSeconds()), num(r.targetSensitivity()), num(r.modelSensitivity()),
                    num(r.modelSensitivityReal()), num(r.sharpness()), num(r.sharpnessSe()), num(r.sharpnessX4()),
                    num(r.lnBlowup()), num(r.paramNorm()), num(r.analysisSeconds())));
            for (String k : settingKeys) {
                Object v = r.settings().get(k);
                cells.add(v == null ? "" : quote(v.toString()));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString();
    }

    public static String jsonLines(List<SweepRow> rows) {
        StringBuilder s = new StringBuilder();
        for (SweepRow r : rows) {
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
