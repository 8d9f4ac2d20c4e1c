package raspc.runtime.sweep;

import java.util.Map;

/**
 * One finished Boolean cell: its settings, how training went, and the analyses (row.json in the cell's
 * folder, a line of results.jsonl and a row of results.csv).
 */
public record SweepRow(String cell, String group, String function, String task, int n, long seed,
        Map<String, Object> settings, boolean converged, int convergedStep, int stepsRun, double finalEvalMse,
        double trainSeconds, double targetSensitivity, double modelSensitivity, double modelSensitivityReal,
        double sharpness, double sharpnessSe, double sharpnessX4, double lnBlowup, double paramNorm,
        double analysisSeconds) implements CellRow {

    /** The metrics that are plotted against n, by column name. */
    public double metric(String name) {
        return switch (name) {
            case "sharpness_x4" -> sharpnessX4;
            case "ln_blowup" -> lnBlowup;
            case "param_norm" -> paramNorm;
            case "model_sensitivity" -> modelSensitivity;
            default -> throw new IllegalArgumentException("unknown metric " + name);
        };
    }

    @Override
    public String progress() {
        return String.format(java.util.Locale.ROOT,
                "%s in %d steps (%.0f s), sharpness x4 %.4f, blowup %.3g, norm %.2f, sensitivity %.3f",
                converged ? "converged" : "NOT converged", stepsRun, trainSeconds + analysisSeconds, sharpnessX4,
                lnBlowup, paramNorm, modelSensitivity);
    }
}
