package raspc.runtime.eval;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.task.TokenDistribution;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/** Re-evaluates a saved run on fresh samples from its task (the {@code check} command). */
public final class RunChecker {
    private RunChecker() {}

    /** Lengths (BOS not counted) to draw fresh samples from. */
    public record LengthRange(int min, int max) {
        public LengthRange {
            if (min < 1 || max < min) {
                throw new RuntimeUserException("invalid length range " + min + ".." + max);
            }
        }

        /** The lengths the task trains on. */
        public static LengthRange ofTraining(TaskData task) {
            return new LengthRange(task.minLength(), task.maxLength());
        }
    }

    public static CheckReport check(Path runDir, TaskData task, LengthRange lengths, int count, long seed,
            DeviceChoice deviceChoice) {
        return check(runDir, task, lengths, count, seed, deviceChoice, WorkProgress.NONE);
    }

    public static CheckReport check(Path runDir, TaskData task, LengthRange lengths, int count, long seed,
            DeviceChoice deviceChoice, WorkProgress progress) {
        return check(runDir, task, List.of(new Distribution(lengths, TokenDistribution.TRAINED)), count, seed,
                deviceChoice, progress).get(0);
    }

    /** Where fresh inputs come from: their lengths and how their tokens are drawn. */
    public record Distribution(LengthRange lengths, TokenDistribution tokens) {
        /** "lengths 1..10, as trained", as the check's output names it. */
        public String name() {
            return "lengths " + lengths.min() + ".." + lengths.max() + ", " + tokens.name();
        }
    }

    /**
     * The run measured on {@code count} fresh samples of each distribution (each from the same
     * seed), in their order: in and out of the training distribution side by side.
     */
    public static List<CheckReport> check(Path runDir, TaskData task, List<Distribution> distributions, int count,
            long seed, DeviceChoice deviceChoice, WorkProgress progress) {
        if (count < 1) {
            throw new RuntimeUserException("the number of samples to check must be positive, got " + count);
        }
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        folder.requireTrainedOn(config, task);
        int capacity = config.model().maxPositions() - (config.hasBos() ? 1 : 0);
        List<List<EncodedSample>> inputs = new ArrayList<>();
        for (Distribution d : distributions) {
            if (config.model().positions().isLearned() && d.lengths().max() > capacity) {
                throw new RuntimeUserException("run " + config.runId() + " learned positions for lengths up to "
                        + capacity + " and cannot read length " + d.lengths().max());
            }
            inputs.add(task.freshSamples(count, d.lengths().min(), d.lengths().max(), seed, d.tokens())
                    .orElseThrow(() -> new RuntimeUserException(d.tokens() instanceof TokenDistribution.Trained
                            ? "task " + task.name() + " cannot generate fresh samples; evaluate its stored splits instead"
                            : "task " + task.name() + " does not draw its input tokens independently (a structured"
                                    + " generator), so they cannot come from '" + d.tokens().name() + "'")));
        }
        Device device = Devices.resolve(deviceChoice);
        try (TrainedModel trained = TrainedModel.create(config, device)) {
            folder.readModel(trained);
            List<CheckReport> reports = new ArrayList<>();
            for (int i = 0; i < distributions.size(); i++) {
                Distribution d = distributions.get(i);
                progress.begin("checking " + count + " fresh samples" + (distributions.size() > 1 ? ", " + d.name() : ""),
                        count);
                Evaluation evaluation;
                try {
                    evaluation = trained.evaluator().evaluate(inputs.get(i), true, progress);
                } finally {
                    progress.end();
                }
                reports.add(new CheckReport(config.task(), config.runId(), d.lengths().min(), d.lengths().max(),
                        d.tokens().name(), seed, evaluation.metrics(), evaluation.byLength(),
                        evaluation.attentionAgreement()));
            }
            return reports;
        }
    }
}
