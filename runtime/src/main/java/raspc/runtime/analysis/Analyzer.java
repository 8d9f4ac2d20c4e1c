package raspc.runtime.analysis;

import ai.djl.Device;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.ExactSensitivity;
import raspc.compiler.bool.Sensitivity;
import raspc.compiler.bool.SensitivityOptions;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.boolfn.BooleanInputs;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.boolfn.BooleanRunConfig;
import raspc.runtime.boolfn.BooleanRunFolder;
import raspc.runtime.boolfn.BooleanTrainResult;
import raspc.compiler.files.AtomicFiles;

/**
 * Runs every analysis on a Boolean run folder's saved model and writes analysis.json and
 * analysis.txt there.
 */
public final class Analyzer {
    private Analyzer() {}

    public static AnalysisReport analyze(BooleanRunFolder folder, BooleanFunction f, AnalysisOptions options, Device device) {
        BooleanRunConfig config = folder.readConfig();
        if (f.n() != config.n()) {
            throw new RuntimeUserException("the run was trained on " + config.n() + " bits, " + f.name() + " has " + f.n());
        }
        BooleanTrainResult result = folder.readResult();
        long began = System.nanoTime();
        try (BooleanNet net = BooleanNet.load(config.model(), config.n(), folder.file(BooleanRunFolder.MODEL), device)) {
            AnalysisReport report = analyze(net, f, options, result, began);
            AtomicFiles.writeString(folder.file(BooleanRunFolder.ANALYSIS), report.toJson());
            AtomicFiles.writeString(folder.file(BooleanRunFolder.ANALYSIS_TEXT), report.toText());
            return report;
        }
    }

    /** The analyses of a loaded model; {@code result} supplies the training facts (may be null). */
    public static AnalysisReport analyze(BooleanNet net, BooleanFunction f, AnalysisOptions options,
            BooleanTrainResult result, long began) {
        int n = net.n();
        long[] inputs = BooleanInputs.evaluationSet(n, options.lossInputs(), options.seed() + 1);
        float[] targets = new float[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            targets[i] = f.eval(inputs[i]) ? 1f : 0f;
        }
        ModelSensitivity sensitivity = ModelSensitivity.measure(net, options.sensitivitySamples(), options.seed() + 2);
        Sharpness sharpness = Sharpness.measure(net, inputs, targets, options.eps(), options.sharpnessDraws(),
                options.seed() + 3);
        LayerNormBlowup blowup = LayerNormBlowup.measure(net, inputs);
        double norm = ParameterNorm.measure(net);
        double target = targetSensitivity(f);
        double seconds = (System.nanoTime() - began) / 1e9;
        return new AnalysisReport(f.name(), n, result == null ? 0 : result.seed(), result != null && result.converged(),
                result == null ? -1 : result.convergedStep(), result == null ? 0 : result.stepsRun(),
                result == null ? Sharpness.loss(net, inputs, targets) : result.finalEvalMse(), target, sensitivity,
                sharpness, sharpness.timesFour(), blowup, norm, seconds);
    }

    static double targetSensitivity(BooleanFunction f) {
        SensitivityOptions options = SensitivityOptions.defaults();
        return f.n() <= SensitivityOptions.DEFAULT_EXACT_MAX_N
                ? ExactSensitivity.analyze(f, options).averageSensitivity()
                : Sensitivity.analyze(f, options).averageSensitivity();
    }
}
