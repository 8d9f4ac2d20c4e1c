package raspc.runtime.analysis;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.boolfn.BooleanInputs;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * The training-dynamics experiment of Hahn &amp; Rofin (2024) on one Boolean run trained with
 * snapshots (one after every evaluation): at every snapshot the loss, sharpness, LayerNorm
 * blowup and parameter norm, measured as {@link Analyzer} measures the final model (the same
 * inputs, perturbations and seed at every step, so the curve moves only with the weights). Runs
 * are aligned at their first snapshot with loss below a threshold (the paper's 0.01), which puts
 * the drop of different seeds on top of each other.
 */
public final class TrainingDynamics {
    /** The paper's alignment: the first step with loss below 0.01. */
    public static final double DEFAULT_ALIGN_LOSS = 0.01;

    /** The metrics at one snapshot; {@code alignedStep} is the step minus the run's alignment step. */
    public record Point(long step, long alignedStep, double loss, double sharpness, double sharpnessSe, double sharpnessX4,
            double lnBlowup, double paramNorm) {

        /** The plotted metrics by name. */
        public double metric(String name) {
            return switch (name) {
                case "loss" -> loss;
                case "sharpness_x4" -> sharpnessX4;
                case "ln_blowup" -> lnBlowup;
                case "param_norm" -> paramNorm;
                default -> throw new IllegalArgumentException("unknown metric " + name);
            };
        }
    }

    /**
     * One run's curve.
     *
     * @param alignStep the first snapshot step with loss below {@code alignLoss}, or -1 when none
     *     is (then {@code alignedStep} is the step itself)
     */
    public record RunDynamics(String run, String task, long seed, double alignLoss, long alignStep, List<Point> points) {
        public boolean aligned() {
            return alignStep >= 0;
        }
    }

    private TrainingDynamics() {}

    public static RunDynamics measure(RunFolder folder, BooleanFunction f, AnalysisOptions options, double alignLoss,
            Device device) {
        RunConfig config = folder.readConfig();
        List<Long> steps = folder.snapshotSteps();
        if (steps.isEmpty()) {
            throw new RuntimeUserException(folder.dir() + " has no snapshots; train it with `raspc train-boolean"
                    + " --snapshots` (one after every evaluation)");
        }
        if (f.n() != config.maxLength()) {
            throw new RuntimeUserException("the run was trained on " + config.maxLength() + " bits, " + f.name() + " has "
                    + f.n());
        }
        long[] inputs = BooleanInputs.evaluationSet(f.n(), options.lossInputs(), options.seed() + 1);
        float[] targets = new float[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            targets[i] = f.eval(inputs[i]) ? 1f : 0f;
        }
        List<double[]> raw = new ArrayList<>();
        for (long step : steps) {
            try (BooleanNet net = BooleanNet.load(config.model(), f.n(), folder.snapshotFile(step), device)) {
                Sharpness s = Sharpness.measure(net, inputs, targets, options.eps(), options.sharpnessDraws(),
                        options.seed() + 3);
                raw.add(new double[] {step, s.baseLoss(), s.sharpness(), s.standardError(), s.timesFour(),
                    LayerNormBlowup.measure(net, inputs).blowup(), ParameterNorm.measure(net)});
            }
        }
        long align = -1;
        for (double[] r : raw) {
            if (r[1] < alignLoss) {
                align = (long) r[0];
                break;
            }
        }
        List<Point> points = new ArrayList<>();
        for (double[] r : raw) {
            long step = (long) r[0];
            points.add(new Point(step, align >= 0 ? step - align : step, r[1], r[2], r[3], r[4], r[5], r[6]));
        }
        return new RunDynamics(folder.dir().getFileName().toString(), f.name(), config.train().seed(), alignLoss, align,
                List.copyOf(points));
    }
}
