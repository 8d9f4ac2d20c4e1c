package raspc.runtime.sweep;

import java.util.Map;

/**
 * One finished Boolean cell: its settings, how training went, and the analyses (row.json in the cell's
 * folder, a line of results.jsonl and a row of results.csv). A scratchpad parity cell (a decoder)
 * has no model sensitivity or LayerNorm blowup (NaN, empty in the CSV).
 *
 * @param finalAccuracy the evaluation set's final answers that were right: a Boolean model's
 *     thresholded readout, a scratchpad decoder's greedily generated last token
 */
public record SweepRow(String cell, String group, String function, String task, int n, long seed,
        Map<String, Object> settings, boolean converged, int convergedStep, int stepsRun, double finalEvalMse, double finalAccuracy,
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
            case "converged_step" -> convergedStep;
            default -> throw new IllegalArgumentException("unknown metric " + name);
        };
    }

    @Override
    public String progress() {
        return String.format(java.util.Locale.ROOT,
                "%s in %d steps (%.0f s), accuracy %.4f, sharpness x4 %.4f, blowup %.3g, norm %.2f, sensitivity %.3f",
                converged ? "converged" : "NOT converged", stepsRun, trainSeconds + analysisSeconds, finalAccuracy, sharpnessX4,
                lnBlowup, paramNorm, modelSensitivity);
    }
}
