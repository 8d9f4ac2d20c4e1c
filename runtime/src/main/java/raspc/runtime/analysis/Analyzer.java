package raspc.runtime.analysis;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.bool.ExactSensitivity;
import raspc.compiler.bool.Sensitivity;
import raspc.compiler.bool.SensitivityOptions;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.boolfn.BooleanInputs;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.data.OutputKind;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * Runs every analysis on a Boolean run folder's saved model and writes analysis.json and
 * analysis.txt there.
 */
public final class Analyzer {
    private Analyzer() {}

    /** How training went, from the run's report: what analysis.json repeats beside its figures. */
    public record TrainingFacts(long seed, boolean converged, long convergedStep, long steps, double finalEvalMse) {

        static TrainingFacts of(RunFolder folder, RunConfig config) {
            JsonNode report = folder.readReport();
            long converged = report.path("converged_step").asLong(0);
            return new TrainingFacts(config.train().seed(), converged > 0, converged, report.path("steps").asLong(0),
                    report.path("splits").path("valid").path("loss").asDouble(Double.NaN));
        }
    }

    public static AnalysisReport analyze(RunFolder folder, BooleanFunction f, AnalysisOptions options, Device device) {
        RunConfig config = folder.readConfig();
        if (config.model().output() != OutputKind.READOUT_LAST || !config.model().isScalarReadout()) {
            throw new RuntimeUserException(folder.dir() + " is not a Boolean-function run (analyze needs a model with a"
                    + " scalar readout, as raspc train-boolean trains)");
        }
        if (f.n() != config.maxLength()) {
            throw new RuntimeUserException("the run was trained on " + config.maxLength() + " bits, " + f.name() + " has "
                    + f.n());
        }
        TrainingFacts facts = TrainingFacts.of(folder, config);
        long began = System.nanoTime();
        try (BooleanNet net = BooleanNet.load(config.model(), f.n(), folder.file(RunFolder.MODEL), device)) {
            AnalysisReport report = analyze(net, f, options, facts, began);
            AtomicFiles.writeString(folder.file(RunFolder.ANALYSIS), report.toJson());
            AtomicFiles.writeString(folder.file(RunFolder.ANALYSIS_TEXT), report.toText());
            return report;
        }
    }

    /** The analyses of a loaded model; {@code facts} supplies the training facts (may be null). */
    public static AnalysisReport analyze(BooleanNet net, BooleanFunction f, AnalysisOptions options, TrainingFacts facts,
            long began) {
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
        return new AnalysisReport(f.name(), n, facts == null ? 0 : facts.seed(), facts != null && facts.converged(),
                facts == null ? 0 : facts.convergedStep(), facts == null ? 0 : facts.steps(),
                facts == null ? Sharpness.loss(net, inputs, targets) : facts.finalEvalMse(), target, sensitivity,
                sharpness, sharpness.timesFour(), blowup, norm, seconds);
    }

    static double targetSensitivity(BooleanFunction f) {
        SensitivityOptions options = SensitivityOptions.defaults();
        return f.n() <= SensitivityOptions.DEFAULT_EXACT_MAX_N
                ? ExactSensitivity.analyze(f, options).averageSensitivity()
                : Sensitivity.analyze(f, options).averageSensitivity();
    }
}
