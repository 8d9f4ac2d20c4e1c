package raspc.runtime.inspect;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.SequenceTask;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.draw.SequenceTokens;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * A run folder opened for inspection: its saved weights loaded, beside the task it was trained on.
 * Close it to free the model's native memory.
 */
public final class InspectedRun implements AutoCloseable {
    private final RunFolder folder;
    private final RunConfig config;
    private final RunData data;
    private final Device device;
    private final TrainedModel model;
    private final long step;

    private InspectedRun(RunFolder folder, RunConfig config, RunData data, Device device, TrainedModel model, long step) {
        this.folder = folder;
        this.config = config;
        this.data = data;
        this.device = device;
        this.model = model;
        this.step = step;
    }

    /** A sequence or Boolean run, its saved weights (model.params). */
    public static InspectedRun open(Path dir, EncodedTaskData task, DeviceChoice choice) {
        return open(RunFolder.open(dir), new RunData.Labelled(task), Devices.resolve(choice), SAVED);
    }

    /** A matrix-completion run, its saved weights. */
    public static InspectedRun open(Path dir, MatrixTaskData task, DeviceChoice choice) {
        return open(RunFolder.open(dir), new RunData.Matrices(task), Devices.resolve(choice), SAVED);
    }

    /**
     * A run at one of its snapshots ({@link #SAVED}: model.params), for a study that compares
     * the model before and after a point of its training.
     */
    public static InspectedRun open(RunFolder folder, RunData data, Device device, long step) {
        RunConfig config = folder.readConfig();
        folder.requireTrainedOn(config, data.data());
        if (!config.model().architecture().attends()) {
            throw new RuntimeUserException("run " + config.runId() + " is an LSTM: probe, ablate, patch, embeddings and"
                    + " intervene read a transformer's heads, MLPs and residual stream, which it has none of; look at its"
                    + " generations with raspc compose RUN --prompt");
        }
        if (step == SAVED && !folder.hasModel()) {
            throw new RuntimeUserException("run folder " + folder.dir() + " has no " + RunFolder.MODEL + " to inspect");
        }
        TrainedModel model = TrainedModel.create(config, device);
        try {
            if (step == SAVED) {
                folder.readModel(model);
            } else {
                folder.readSnapshot(step, model);
            }
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        return new InspectedRun(folder, config, data, device, model, step);
    }

    /** The step that stands for model.params, the weights the report describes. */
    public static final long SAVED = -1;

    /**
     * A model of this run's shape with fresh random weights (seeded): the control that tells what
     * a probe finds in the residual stream before any training.
     */
    public TrainedModel untrained(long seed) {
        TorchEngine.seed(seed);
        return TrainedModel.create(config, device);
    }

    /**
     * The first {@code count} samples of the test split (all of it when count is 0); for a
     * composition run its teacher-forced evaluation documents, seen and unseen compositions
     * ({@link CompositionSteps#evaluationDocuments}: one of each when count is 0).
     */
    public List<EncodedSample> testSamples(int count) {
        if (count < 0) {
            throw new RuntimeUserException("the number of samples must be positive, got " + count);
        }
        if (data instanceof RunData.Compositions c) {
            return compositionSamples(count, CompositionSteps.Compositions.ALL);
        }
        List<EncodedSample> test = data.data().split("test");
        if (test.isEmpty()) {
            throw new RuntimeUserException("task " + taskName() + " has an empty test split");
        }
        return count == 0 || count >= test.size() ? test : test.subList(0, count);
    }

    /** The task's input {@code sequence} (without BOS; as draw-attention reads it) labelled by the program. */
    public EncodedSample labelled(String sequence) {
        EncodedTaskData task = task();
        List<String> tokens = SequenceTokens.of(sequence, task.task());
        int capacity = config.model().maxPositions() - (config.hasBos() ? 1 : 0);
        if (config.model().positions().isLearned() && tokens.size() > capacity) {
            throw new RuntimeUserException("run " + runId() + " learned positions for inputs up to " + capacity
                    + " tokens and cannot read " + tokens.size());
        }
        return task.encode(task.task().label(tokens));
    }

    /** The first {@code count} evaluation documents of a composition run's compositions {@code which} takes, teacher forced. */
    public List<EncodedSample> compositionSamples(int count, CompositionSteps.Compositions which) {
        if (count < 0) {
            throw new RuntimeUserException("the number of samples must be positive, got " + count);
        }
        return CompositionSteps.evaluationDocuments(composition(), count, which).stream()
                .map(d -> EncodedSample.teacherForced(d.ids())).toList();
    }

    /**
     * A scratchpad parity run's input, its n bits as 0s and 1s (x1 first), as the teacher-forced
     * document the task writes of it.
     */
    public EncodedSample scratchpad(String bits) {
        ScratchpadTask task = scratchpadTask();
        String b = bits.trim();
        if (b.length() != task.n() || !b.chars().allMatch(c -> c == '0' || c == '1')) {
            throw new RuntimeUserException("run " + runId() + " reads " + task.n() + " input bits, written as 0s and 1s"
                    + " (x1 first), got '" + bits + "'");
        }
        long x = 0;
        for (int i = 0; i < b.length(); i++) {
            x |= (long) (b.charAt(i) - '0') << i;
        }
        return ScratchpadData.sample(task, task.document(x));
    }

    /** A scratchpad parity run's variant; a run of another kind is refused. */
    public ScratchpadTask scratchpadTask() {
        if (data instanceof RunData.Scratchpads p) {
            return p.task();
        }
        throw trainedOnOther("a scratchpad parity task");
    }

    /** A composition run's prompt, in {@code compose --prompt}'s syntax, as its teacher-forced document. */
    public EncodedSample composed(String prompt) {
        CompositionTask task = composition();
        CompositionTask.Prompt p;
        try {
            p = task.parsePrompt(prompt);
        } catch (IllegalArgumentException e) {
            throw new RuntimeUserException(e.getMessage());
        }
        return EncodedSample.teacherForced(task.document(p.composition(), p.input()).ids());
    }

    /** The ids of the tokens an input may hold (the alphabet, or the two bits), BOS and padding left out. */
    public int[] alphabetIds() {
        EncodedTaskData task = task();
        return task.inputIds(switch (task.task()) {
            case BooleanFunctionTask b -> b.inputVocab();
            case SequenceTask s -> s.variant().alphabet();
        });
    }

    public RunConfig config() {
        return config;
    }

    public RunData data() {
        return data;
    }

    /** A sequence or Boolean run's task; a matrix or composition run has none of its labels and is refused. */
    public EncodedTaskData task() {
        return switch (data) {
            case RunData.Labelled l -> l.data();
            case RunData.Matrices m -> throw notLabelled("a matrix-completion run");
            case RunData.Compositions c -> throw notLabelled("a composition run");
            case RunData.Scratchpads p -> throw notLabelled("a scratchpad parity run");
        };
    }

    private RuntimeUserException notLabelled(String kind) {
        return new RuntimeUserException("run " + runId() + " is " + kind + " (" + taskName()
                + "); this look inside takes sequence and Boolean runs");
    }

    /** A composition run's variant; a run of another kind is refused. */
    public CompositionTask composition() {
        if (data instanceof RunData.Compositions c) {
            return c.task();
        }
        throw trainedOnOther("a composition variant");
    }

    /** A one-line refusal of a run whose kind is not the one a look inside needs. */
    private RuntimeUserException trainedOnOther(String kind) {
        return new RuntimeUserException("run " + runId() + " was trained on " + taskName() + ", not " + kind);
    }

    public String taskName() {
        return data.data().name();
    }

    /** A matrix run's task; a sequence or Boolean run is refused. */
    public MatrixTaskData matrices() {
        if (data instanceof RunData.Matrices m) {
            return m.data();
        }
        throw trainedOnOther("a matrix-completion task");
    }

    /** The model as a completer of matrices (matrix runs only). */
    public MatrixPredictor predictor() {
        return new MatrixPredictor(model, matrices());
    }

    /** The snapshot's step, or {@link #SAVED}. */
    public long step() {
        return step;
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
