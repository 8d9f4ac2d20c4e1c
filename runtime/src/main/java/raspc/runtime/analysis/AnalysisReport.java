package raspc.runtime.analysis;

import java.util.Locale;
import raspc.runtime.run.Json;

/**
 * analysis.json: every analysis of one trained Boolean-function model.
 *
 * @param targetSensitivity exact average sensitivity of the target function
 * @param sharpnessX4 4 x the sharpness, the value the paper plots
 */
public record AnalysisReport(String task, int n, long seed, boolean converged, long convergedStep, long stepsRun,
        double finalEvalMse, double targetSensitivity, ModelSensitivity modelSensitivity, Sharpness sharpness,
        double sharpnessX4, LayerNormBlowup layerNormBlowup, double parameterNorm, double seconds) {

    public String toJson() {
        return Json.pretty(this);
    }

    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s (n = %d, seed %d): %s, %d steps, eval MSE %.2e%n", task, n, seed,
                converged ? "converged at step " + convergedStep : "NOT converged", stepsRun, finalEvalMse));
        ModelSensitivity m = modelSensitivity;
        s.append(String.format(Locale.ROOT, "  average sensitivity   target %.4f   model %.4f%s (thresholded)   %.4f%s (real, ±1 scale)   [%s]%n",
                targetSensitivity, m.averageSensitivity(), error(m.standardError()), m.realAverageSensitivity(),
                error(m.realStandardError()), m.method()));
        if (m.spectrum() != null) {
            s.append("  Fourier weight by degree (thresholded):");
            for (int k = 0; k < m.spectrum().length; k++) {
                s.append(String.format(Locale.ROOT, " %d:%.3f", k, m.spectrum()[k]));
            }
            s.append(String.format(Locale.ROOT, "   degree %d%n", m.degree()));
        }
        Sharpness sh = sharpness;
        s.append(String.format(Locale.ROOT, "  sharpness             %.5f ± %.5f   x4 = %.5f   (eps %.3g, %d draws, %d inputs, L(theta) = %.2e)%n",
                sh.sharpness(), sh.standardError(), sharpnessX4, sh.eps(), sh.draws(), sh.inputs(), sh.baseLoss()));
        s.append(String.format(Locale.ROOT, "  LayerNorm blowup      %.4g   (per norm:", layerNormBlowup.blowup()));
        for (double v : layerNormBlowup.perNorm()) {
            s.append(String.format(Locale.ROOT, " %.3g", v));
        }
        s.append(String.format(Locale.ROOT, "; %d inputs)%n", layerNormBlowup.inputs()));
        s.append(String.format(Locale.ROOT, "  parameter norm        %.4f   (position embeddings excluded)%n", parameterNorm));
        return s.toString();
    }

    private static String error(double se) {
        return se > 0 && !Double.isNaN(se) ? String.format(Locale.ROOT, " ± %.4f", se) : "";
    }
}
