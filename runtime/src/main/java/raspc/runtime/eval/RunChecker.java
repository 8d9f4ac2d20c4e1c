package raspc.runtime.eval;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
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
        if (count < 1) {
            throw new RuntimeUserException("the number of samples to check must be positive, got " + count);
        }
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        folder.requireTrainedOn(config, task);
        int capacity = config.model().maxPositions() - (config.hasBos() ? 1 : 0);
        if (config.model().positions().isLearned() && lengths.max() > capacity) {
            throw new RuntimeUserException("run " + config.runId() + " learned positions for lengths up to " + capacity
                    + " and cannot read length " + lengths.max());
        }
        List<EncodedSample> samples = task.freshSamples(count, lengths.min(), lengths.max(), seed)
                .orElseThrow(() -> new RuntimeUserException("task " + task.name()
                        + " cannot generate fresh samples; evaluate its stored splits instead"));
        Device device = Devices.resolve(deviceChoice);
        try (TrainedModel trained = TrainedModel.create(config, device)) {
            folder.readModel(trained);
            progress.begin("checking " + count + " fresh samples", count);
            Evaluation evaluation;
            try {
                evaluation = trained.evaluator().evaluate(samples, true, progress);
            } finally {
                progress.end();
            }
            return new CheckReport(config.task(), config.runId(), lengths.min(), lengths.max(), seed, evaluation.metrics(),
                    evaluation.byLength(), evaluation.attentionAgreement());
        }
    }
}
