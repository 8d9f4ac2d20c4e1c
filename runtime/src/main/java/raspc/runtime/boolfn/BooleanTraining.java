package raspc.runtime.boolfn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.Counts;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.train.AdamOptimizer;
import raspc.runtime.train.OptimizerKind;

/**
 * The training loop of the sensitivity experiments: every step draws a batch (fresh uniform
 * inputs online, or from k fixed inputs), takes one AdamW step on the MSE, and every
 * {@code evalEvery} steps evaluates on a fixed set; the run has converged when that MSE (the
 * training-set MSE in restricted mode) is below the threshold. Writes the run folder's files at
 * every evaluation and the final model and result.json at the end.
 */
public final class BooleanTraining {
    private BooleanTraining() {}

    /** What training produced: the result and the folder it is in. */
    public record Outcome(BooleanTrainResult result, BooleanRunFolder folder) {}

    /**
     * Trains {@code f} into {@code folder} with {@code config}; {@code progress} sees each
     * evaluation (it may ignore them).
     */
    public static Outcome train(BooleanFunction f, BooleanRunConfig config, BooleanRunFolder folder, Device device,
            Consumer<BooleanStepMetrics> progress) {
        if (f.n() != config.n()) {
            throw new IllegalArgumentException(f.name() + " has " + f.n() + " bits, the configuration " + config.n());
        }
        folder.writeConfig(config);
        int n = config.n();
        SplittableRandom data = new SplittableRandom(config.seed() * 1_000_003L + 17);
        long[] fixed = config.online() ? null : BooleanInputs.distinct(n, config.trainInputs(), data);
        long[] evalSet = BooleanInputs.evaluationSet(n, config.evalInputs(), config.seed());
        float[] evalTargets = targets(f, evalSet);
        float[] fixedTargets = fixed == null ? null : targets(f, fixed);
        StringBuilder log = new StringBuilder(header(config));
        List<BooleanStepMetrics> metrics = new ArrayList<>();

        long began = System.nanoTime();
        double trainSeconds = 0;
        int convergedStep = -1;
        int step = 0;
        BooleanStepMetrics last = null;
        try (BooleanNet net = BooleanNet.create(config.model(), n, config.seed(), device);
                NDManager sums = net.manager().newSubManager()) {
            log.append(net.parameterCount()).append(" parameters\n");
            AdamOptimizer optimizer = new AdamOptimizer(net.parameters(), net.manager(), OptimizerKind.ADAMW,
                    config.weightDecay());
            NDArray lossSum = sums.zeros(new Shape());
            int stepsSinceEval = 0;
            while (step < config.steps()) {
                long t0 = System.nanoTime();
                long[] xs = batch(config, fixed, data);
                try (NDManager batch = net.manager().newSubManager()) {
                    NDArray targets = BooleanInputs.targets(batch, f, xs, 0, xs.length);
                    try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
                        NDArray out = net.forward(batch, xs, 0, xs.length, true);
                        NDArray loss = out.sub(targets).square().mean();
                        collector.backward(loss);
                        lossSum.addi(loss.stopGradient());
                    }
                    optimizer.update(config.learningRate());
                }
                step++;
                stepsSinceEval++;
                trainSeconds += (System.nanoTime() - t0) / 1e9;
                if (step % config.evalEvery() == 0 || step == config.steps()) {
                    double trainLoss = lossSum.getFloat() / stepsSinceEval;
                    lossSum.subi(lossSum);
                    stepsSinceEval = 0;
                    last = evaluate(net, step, trainLoss, evalSet, evalTargets, fixed, fixedTargets, began);
                    metrics.add(last);
                    log.append(line(last)).append('\n');
                    progress.accept(last);
                    double criterion = config.online() ? last.evalMse() : last.trainSetMse();
                    if (convergedStep < 0 && criterion < config.convergenceMse()) {
                        convergedStep = step;
                        log.append("converged at step ").append(step).append('\n');
                        if (config.stopAtConvergence()) {
                            break;
                        }
                    }
                    folder.writeMetrics(metrics);
                    folder.writeLog(log.toString());
                }
            }
            if (last == null) { // a budget of 0 steps: evaluate the initial model
                last = evaluate(net, 0, Double.NaN, evalSet, evalTargets, fixed, fixedTargets, began);
                metrics.add(last);
            }
            folder.writeModel(net);
            double seconds = (System.nanoTime() - began) / 1e9;
            BooleanTrainResult result = new BooleanTrainResult(config.task(), n, config.seed(), convergedStep >= 0,
                    convergedStep, step, last.evalMse(), last.evalAccuracy(), last.trainSetMse(), seconds,
                    trainSeconds > 0 ? step / trainSeconds : 0, net.parameterCount());
            log.append(convergedStep >= 0 ? "converged" : "did not converge").append(" after ").append(step)
                    .append(" steps in ").append(String.format("%.1f s (%.1f steps/s)", seconds, result.stepsPerSecond()))
                    .append('\n');
            folder.writeMetrics(metrics);
            folder.writeLog(log.toString());
            folder.writeResult(result);
            return new Outcome(result, folder);
        }
    }

    private static long[] batch(BooleanRunConfig config, long[] fixed, SplittableRandom data) {
        if (fixed == null) {
            return BooleanInputs.random(config.n(), config.batchSize(), data);
        }
        if (fixed.length <= config.batchSize()) {
            return fixed; // full-batch training on the k inputs
        }
        long[] xs = new long[config.batchSize()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = fixed[data.nextInt(fixed.length)];
        }
        return xs;
    }

    private static BooleanStepMetrics evaluate(BooleanNet net, int step, double trainLoss, long[] evalSet,
            float[] evalTargets, long[] fixed, float[] fixedTargets, long began) {
        float[] predictions = net.predict(evalSet);
        double mse = mse(predictions, evalTargets);
        double accuracy = accuracy(predictions, evalTargets);
        double trainSetMse = fixed == null ? Double.NaN : mse(net.predict(fixed), fixedTargets);
        return new BooleanStepMetrics(step, trainLoss, mse, accuracy, trainSetMse, (System.nanoTime() - began) / 1e9);
    }

    static float[] targets(BooleanFunction f, long[] xs) {
        float[] y = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            y[i] = f.eval(xs[i]) ? 1f : 0f;
        }
        return y;
    }

    static double mse(float[] predictions, float[] targets) {
        double sum = 0;
        for (int i = 0; i < predictions.length; i++) {
            double d = predictions[i] - targets[i];
            sum += d * d;
        }
        return sum / predictions.length;
    }

    static double accuracy(float[] predictions, float[] targets) {
        int right = 0;
        for (int i = 0; i < predictions.length; i++) {
            if ((predictions[i] > 0.5f) == (targets[i] > 0.5f)) {
                right++;
            }
        }
        return (double) right / predictions.length;
    }

    private static String header(BooleanRunConfig c) {
        var m = c.model();
        return "task " + c.task() + " (n = " + c.n() + ")  seed " + c.seed() + "  device " + c.device() + "\n"
                + "model: " + Counts.of(m.layers(), "layer") + ", " + Counts.of(m.heads(), "head")
                + ", d=" + m.dim() + ", ff=" + m.ff()
                + ", token (d/2) + learned position (d/2) embeddings, post-LN, scalar readout at the last position\n"
                + "training: " + (c.online() ? "online (fresh inputs every step)" : c.trainInputs() + " fixed inputs")
                + ", batch " + c.batchSize() + ", AdamW lr " + c.learningRate() + " weight decay " + c.weightDecay()
                + ", up to " + c.steps() + " steps, converged when " + (c.online() ? "evaluation" : "training-set")
                + " MSE < " + c.convergenceMse() + "\n";
    }

    static String line(BooleanStepMetrics m) {
        return String.format("step %6d  train loss %.5f  eval mse %.5f  eval acc %.4f%s  (%.1f s)", m.step(),
                m.trainLoss(), m.evalMse(), m.evalAccuracy(),
                Double.isNaN(m.trainSetMse()) ? "" : String.format("  train-set mse %.5f", m.trainSetMse()), m.seconds());
    }
}
