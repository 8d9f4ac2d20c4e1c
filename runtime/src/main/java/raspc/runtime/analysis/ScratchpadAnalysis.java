package raspc.runtime.analysis;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.OutputKind;
import raspc.runtime.eval.Evaluator;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * analysis.json of a scratchpad parity run (a causal decoder): the sharpness of its training
 * loss, the teacher-forced cross-entropy of the answer tokens, on the same footing as a Boolean
 * run's (the same eps, draws, perturbation seed and count of inputs, position embeddings left
 * alone), the parameter norm, and the final-answer accuracy the report measured by greedy
 * generation. Sensitivity and LayerNorm blowup are the encoder's readout analyses and are not
 * measured here.
 *
 * @param finalAccuracy the report's generated final answers (the parity of all n) that were right
 * @param finalEvalLoss the evaluation set's cross-entropy of the answer tokens at the end of training
 */
public record ScratchpadAnalysis(String task, int n, String format, long seed, boolean converged, long convergedStep,
        long stepsRun, double finalEvalLoss, double finalAccuracy, Sharpness sharpness, double sharpnessX4,
        double parameterNorm, double seconds) {

    /** Analyses the run's saved decoder and writes analysis.json and analysis.txt into its folder. */
    public static ScratchpadAnalysis analyze(RunFolder folder, ScratchpadTask task, AnalysisOptions options, Device device) {
        RunConfig config = folder.readConfig();
        if (config.model().output() != OutputKind.NEXT_TOKEN || config.maxLength() != task.documentLength() - 1) {
            throw new RuntimeUserException(folder.dir() + " is not a run of " + task.name()
                    + " (train it with raspc train-boolean " + task.name() + ")");
        }
        long began = System.nanoTime();
        JsonNode report = folder.readReport();
        long convergedStep = report.path("converged_step").asLong(0);
        List<EncodedSample> samples = new ScratchpadData(task, options.lossInputs(), options.seed() + 1,
                config.model().layers(), config.model().heads()).split("valid");
        try (TrainedModel model = TrainedModel.open(folder, device)) {
            // the perturbations are written into the weights in place, which PyTorch refuses on
            // leaves that record gradients
            for (Parameter p : model.parameters()) {
                p.getArray().setRequiresGradient(false);
            }
            Evaluator evaluator = model.evaluator();
            Sharpness sharpness = Sharpness.measure(model, () -> evaluator.metrics(samples).loss(), samples.size(),
                    options.eps(), options.sharpnessDraws(), options.seed() + 3);
            double norm = ParameterNorm.measure(model);
            ScratchpadAnalysis analysis = new ScratchpadAnalysis(task.name(), task.n(), task.format().word(),
                    config.train().seed(), convergedStep > 0, convergedStep, report.path("steps").asLong(0),
                    report.path("splits").path("valid").path("loss").asDouble(Double.NaN),
                    report.path("compositions").path("seen").path("token_accuracy").asDouble(Double.NaN), sharpness,
                    sharpness.timesFour(), norm, (System.nanoTime() - began) / 1e9);
            AtomicFiles.writeString(folder.file(RunFolder.ANALYSIS), analysis.toJson());
            AtomicFiles.writeString(folder.file(RunFolder.ANALYSIS_TEXT), analysis.toText());
            return analysis;
        }
    }

    public String toJson() {
        return Json.pretty(this);
    }

    public String toText() {
        Sharpness sh = sharpness;
        return String.format(Locale.ROOT, "%s (n = %d, %s, seed %d): %s, %d steps, eval loss %.2e%n", task, n, format, seed,
                converged ? "converged at step " + convergedStep : "NOT converged", stepsRun, finalEvalLoss)
                + String.format(Locale.ROOT, "  final answer accuracy %.4f   (greedy generation from the %d input bits)%n",
                        finalAccuracy, n)
                + String.format(Locale.ROOT, "  sharpness             %.5f ± %.5f   x4 = %.5f   (eps %.3g, %d draws, %d inputs,"
                        + " L(theta) = %.2e: cross-entropy of the answer tokens)%n", sh.sharpness(), sh.standardError(),
                        sharpnessX4, sh.eps(), sh.draws(), sh.inputs(), sh.baseLoss())
                + String.format(Locale.ROOT, "  parameter norm        %.4f   (position embeddings excluded)%n", parameterNorm)
                + String.format(Locale.ROOT, "  (%.1f s)%n", seconds);
    }
}
