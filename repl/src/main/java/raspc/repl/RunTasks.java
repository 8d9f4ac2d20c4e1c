package raspc.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.Task;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.TaskData;
import raspc.runtime.inspect.RunData;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.TaskRecord;

/** The task data of a training run: from a TASK argument, or from a run folder's config. */
final class RunTasks {
    private RunTasks() {}

    /** The run folder named by the user; a missing folder is a clear error. */
    static Path runDir(Io io, Path run) {
        Path dir = io.resolve(run);
        if (!Files.isDirectory(dir)) {
            throw new UserError("no run folder " + run + " (runs are in runs/<task>/<run-id>/)");
        }
        return dir;
    }

    /**
     * The task a run was trained on, of any kind, with the data settings it was trained with (from
     * its task.json; else the config's task name), unless {@code task} (a name or a .rasp file)
     * says otherwise.
     */
    static Task taskOfRun(RaspcCommand root, Path runDir, String task) {
        RunFolder folder = RunFolder.open(runDir);
        String name = folder.readConfig().task();
        TaskRecord record = folder.readTaskRecord().orElse(null);
        TaskOptions options = record != null ? record.options() : TaskOptions.NONE;
        if (task != null) {
            return TaskArgument.task(root, task, task.endsWith(".rasp") ? name : null, options);
        }
        if (record != null && record.file() != null) {
            return TaskArgument.task(root, record.file(), record.task(), options);
        }
        return TaskArgument.task(root, name, null, options);
    }

    /** The data of a sequence-task or Boolean run; a clear error for a run of another kind. */
    static EncodedTaskData ofRun(RaspcCommand root, Path runDir, String task) {
        return switch (taskOfRun(root, runDir, task)) {
            case LabelledTask t -> new EncodedTaskData(t);
            case CompositionTask c -> throw otherKind(runDir, c, "a composition variant: look at it with raspc compose");
            case MatrixTask m -> throw otherKind(runDir, m, "a matrix-completion task: look at it with raspc matrix-study");
            case ScratchpadTask p -> throw otherKind(runDir, p, "a scratchpad parity task: look at it with raspc analyze");
        };
    }

    /**
     * What the inspection tools read of a sequence, Boolean, composition or scratchpad parity run (a matrix run's
     * data is drawn from its seed: {@link #matrixOfRun}).
     */
    static RunData inspected(RaspcCommand root, Path runDir, String task) {
        return switch (taskOfRun(root, runDir, task)) {
            case LabelledTask t -> new RunData.Labelled(new EncodedTaskData(t));
            case CompositionTask c -> new RunData.Compositions(new CompositionData(c), c);
            case MatrixTask m -> throw otherKind(runDir, m, "a matrix-completion task, not the task of this run");
            case ScratchpadTask p -> new RunData.Scratchpads(scratchpadOfRun(runDir, p));
        };
    }

    /** A scratchpad parity run's data, rebuilt from the sample source its task.json records. */
    private static ScratchpadData scratchpadOfRun(Path runDir, ScratchpadTask task) {
        RunFolder folder = RunFolder.open(runDir);
        TaskRecord.Online online = folder.readTaskRecord().map(TaskRecord::online).orElse(null);
        if (online == null) {
            throw otherKind(runDir, task, "a scratchpad parity task whose task.json has no sample source");
        }
        return BooleanTrainOptions.dataOfRun(task, folder.readConfig(), online);
    }

    /** The composition variant a run was trained on, rebuilt with its data settings (task.json). */
    static CompositionTask compositionOfRun(RaspcCommand root, Path runDir) {
        return switch (taskOfRun(root, runDir, null)) {
            case CompositionTask c -> c;
            case Task other -> throw otherKind(runDir, other, "not a composition variant");
        };
    }

    /** The data of a run of train-matrix (its splits are drawn from the run's seed). */
    static MatrixTaskData matrixOfRun(RunConfig config, int evalMatrices) {
        if (!MatrixTask.isMatrixName(config.task())) {
            throw new UserError("run " + config.runId() + " was trained on " + config.task()
                    + ", not a matrix task (train one with raspc train-matrix)");
        }
        return MatrixTrainOptions.dataOfRun(config, evalMatrices);
    }

    private static UserError otherKind(Path runDir, Task task, String what) {
        return new UserError(runDir + " was trained on " + task.name() + ", which is " + what);
    }

    /**
     * The task to resume a run on: a step-budget run's sample source as its task.json records it
     * (a Boolean function or a matrix-completion variant), a composition variant's data, else the task {@link #ofRun} rebuilds.
     */
    static TaskData toResume(RaspcCommand root, Path runDir, String task) {
        RunFolder folder = RunFolder.open(runDir);
        TaskRecord record = folder.readTaskRecord().orElse(null);
        if (record == null || record.online() == null) {
            return switch (taskOfRun(root, runDir, task)) {
                case LabelledTask t -> new EncodedTaskData(t);
                case CompositionTask c -> new CompositionData(c);
                case MatrixTask m -> throw otherKind(runDir, m, "a matrix-completion task, but its "
                        + RunFolder.TASK_RECORD + " does not record the matrix stream (a run from an older raspc): train it again");
                case ScratchpadTask p -> scratchpadOfRun(runDir, p);
            };
        }
        TaskRecord.Online online = record.online();
        String name = task != null ? task : record.task();
        if (MatrixTask.isMatrixName(name)) {
            return matrixOfRun(folder.readConfig(), online.evalInputs());
        }
        if (ScratchpadTask.isScratchpadName(name)) {
            return BooleanTrainOptions.dataOfRun(ScratchpadTask.parse(name), folder.readConfig(), online);
        }
        BooleanFunction f = BooleanTasks.resolve(root, name);
        return BooleanTrainOptions.dataOfRun(f, folder.readConfig(), online);
    }
}
