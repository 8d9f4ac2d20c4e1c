package raspc.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.TaskData;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.TaskRecord;

/** The task data of a training run: from a TASK argument, or from a run folder's config. */
final class RunTasks {
    private RunTasks() {}

    static EncodedTaskData data(RaspcCommand root, String taskOrFile, String explicitTask, TaskOptions options) {
        return new EncodedTaskData(TaskArgument.resolve(root, taskOrFile, explicitTask, options));
    }

    /** The run folder named by the user; a missing folder is a clear error. */
    static Path runDir(Io io, Path run) {
        Path dir = io.resolve(run);
        if (!Files.isDirectory(dir)) {
            throw new UserError("no run folder " + run + " (runs are in runs/<task>/<run-id>/)");
        }
        return dir;
    }

    /**
     * The task a run was trained on, with the data settings it was trained with (from its
     * task.json; else the config's task name), unless {@code task} (a name or a .rasp file) says
     * otherwise.
     */
    /** The composition variant a run was trained on, rebuilt with its data settings (task.json). */
    static CompositionTask compositionOfRun(RaspcCommand root, Path runDir) {
        String name = RunFolder.open(runDir).readConfig().task();
        return compositionOf(root, runDir)
                .orElseThrow(() -> new UserError(runDir + " was trained on " + name + ", which is not a composition variant"));
    }

    /** The composition variant a run was trained on, rebuilt from its task.json; empty when it is not one. */
    private static Optional<CompositionTask> compositionOf(RaspcCommand root, Path runDir) {
        RunFolder folder = RunFolder.open(runDir);
        String name = folder.readConfig().task();
        TaskRecord record = folder.readTaskRecord().orElse(null);
        TaskOptions options = record != null ? record.options() : TaskOptions.NONE;
        boolean fromFile = record != null && record.file() != null;
        return TaskArgument.composition(root, fromFile ? record.file() : name, fromFile ? record.task() : null, options);
    }


    /**
     * The task to resume a run on: a step-budget run's sample source as its task.json records it
     * (a Boolean function), a composition variant's data, else the task {@link #ofRun} rebuilds.
     */
    static TaskData toResume(RaspcCommand root, Path runDir, String task) {
        RunFolder folder = RunFolder.open(runDir);
        TaskRecord record = folder.readTaskRecord().orElse(null);
        if (record == null || record.online() == null) {
            Optional<CompositionTask> composition = task == null ? compositionOf(root, runDir) : Optional.empty();
            return composition.<TaskData>map(CompositionData::new).orElseGet(() -> ofRun(root, runDir, task));
        }
        TaskRecord.Online online = record.online();
        BooleanFunction f = BooleanTasks.resolve(root, task != null ? task : record.task());
        return BooleanTrainOptions.dataOfRun(f, folder.readConfig(), online);
    }

    static EncodedTaskData ofRun(RaspcCommand root, Path runDir, String task) {
        RunFolder folder = RunFolder.open(runDir);
        String name = folder.readConfig().task();
        TaskRecord record = folder.readTaskRecord().orElse(null);
        TaskOptions options = record != null ? record.options() : TaskOptions.NONE;
        if (task != null) {
            return data(root, task, task.endsWith(".rasp") ? name : null, options);
        }
        if (record != null && record.file() != null) {
            return data(root, record.file(), record.task(), options);
        }
        return data(root, name, null, options);
    }
}
