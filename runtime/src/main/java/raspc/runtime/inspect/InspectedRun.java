package raspc.runtime.inspect;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.draw.SequenceTokens;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * A run folder opened for inspection: its saved weights loaded, beside the task it was trained on.
 * Close it to free the model's native memory.
 */
public final class InspectedRun implements AutoCloseable {
    private final RunFolder folder;
    private final RunConfig config;
    private final EncodedTaskData task;
    private final Device device;
    private final TrainedModel model;

    private InspectedRun(RunFolder folder, RunConfig config, EncodedTaskData task, Device device, TrainedModel model) {
        this.folder = folder;
        this.config = config;
        this.task = task;
        this.device = device;
        this.model = model;
    }

    public static InspectedRun open(Path dir, EncodedTaskData task, DeviceChoice choice) {
        RunFolder folder = RunFolder.open(dir);
        RunConfig config = folder.readConfig();
        folder.requireTrainedOn(config, task);
        if (!folder.hasModel()) {
            throw new RuntimeUserException("run folder " + dir + " has no " + RunFolder.MODEL + " to inspect");
        }
        Device device = Devices.resolve(choice);
        TrainedModel model = TrainedModel.create(config, device);
        try {
            folder.readModel(model);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        return new InspectedRun(folder, config, task, device, model);
    }

    /**
     * A model of this run's shape with fresh random weights (seeded): the control that tells what
     * a probe finds in the residual stream before any training.
     */
    public TrainedModel untrained(long seed) {
        TorchEngine.seed(seed);
        return TrainedModel.create(config, device);
    }

    /** The first {@code count} samples of the test split (all of it when count is 0). */
    public List<EncodedSample> testSamples(int count) {
        if (count < 0) {
            throw new RuntimeUserException("the number of samples must be positive, got " + count);
        }
        List<EncodedSample> test = task.split("test");
        if (test.isEmpty()) {
            throw new RuntimeUserException("task " + task.name() + " has an empty test split");
        }
        return count == 0 || count >= test.size() ? test : test.subList(0, count);
    }

    /** The task's input {@code sequence} (without BOS; as draw-attention reads it) labelled by the program. */
    public EncodedSample labelled(String sequence) {
        List<String> tokens = SequenceTokens.of(sequence, task.task());
        int capacity = config.model().maxPositions() - (config.hasBos() ? 1 : 0);
        if (config.model().positions().isLearned() && tokens.size() > capacity) {
            throw new RuntimeUserException("run " + runId() + " learned positions for inputs up to " + capacity
                    + " tokens and cannot read " + tokens.size());
        }
        return task.encode(task.task().label(tokens));
    }

    /** The ids of the tokens an input may hold (the alphabet, or the two bits), BOS and padding left out. */
    public int[] alphabetIds() {
        return task.inputIds(switch (task.task()) {
            case BooleanFunctionTask b -> b.inputVocab();
            case SequenceTask s -> s.variant().alphabet();
        });
    }

    public RunConfig config() {
        return config;
    }

    public EncodedTaskData task() {
        return task;
    }

    public TrainedModel model() {
        return model;
    }

    public String runId() {
        return config.runId();
    }

    public Path dir() {
        return folder.dir();
    }

    @Override
    public void close() {
        model.close();
    }
}
