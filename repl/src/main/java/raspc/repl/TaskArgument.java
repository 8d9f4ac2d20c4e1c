package raspc.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import raspc.compiler.bool.BoolSpecError;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.Task;
import raspc.compiler.task.TaskFolders;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.TaskRegistry;

/**
 * A command's TASK argument: a task name ({@code reverse_26}, {@code parity_20}) from the
 * languages folders, or a {@code .rasp} file whose first task (default variant) is meant, or
 * whose task {@code --task NAME} picks; then the languages folders are not read at all.
 */
final class TaskArgument {
    private TaskArgument() {}

    /**
     * The task meant, of any kind; the statements its file skipped are printed to the command's
     * error stream as warnings. A file named directly is the only one run: its tasks need no other.
     */
    static Task task(RaspcCommand root, String taskOrFile, String explicitTask, TaskOptions options) {
        return find(root, taskOrFile, explicitTask, options, found -> true);
    }

    /** The sequence task or Boolean function meant; a clear error when the argument means another kind. */
    static LabelledTask resolve(RaspcCommand root, String taskOrFile, String explicitTask, TaskOptions options) {
        return switch (task(root, taskOrFile, explicitTask, options)) {
            case LabelledTask t -> t;
            case CompositionTask c -> throw new UserError(c.name() + " is a composition variant, not a sequence task"
                    + " or a Boolean function (raspc train-compose and raspc compose take it)");
            case MatrixTask m -> throw new UserError(m.name() + " is a matrix-completion task, not a sequence task"
                    + " or a Boolean function (raspc train-matrix and raspc matrix-study take it)");
            case ScratchpadTask p -> throw new UserError(p.name() + " is a scratchpad parity task for a decoder, not a"
                    + " sequence task or a Boolean function (raspc train-boolean and raspc analyze take it)");
        };
    }

    /** The composition variant meant (e.g. {@code compose_random_50_step}); a clear error for another kind. */
    static CompositionTask composition(RaspcCommand root, String taskOrFile, String explicitTask, TaskOptions options) {
        if (task(root, taskOrFile, explicitTask, options) instanceof CompositionTask c) {
            return c;
        }
        throw new UserError(taskOrFile + " is not a composition variant (e.g. compose_random_50_step);"
                + " train other tasks with raspc train");
    }

    /**
     * The task meant, of any kind.
     *
     * @param warn whether the file warnings of what was found are printed now (a failure's always
     *     are); a caller that hands the task to another command leaves them to it
     */
    static Task find(RaspcCommand root, String taskOrFile, String explicitTask, TaskOptions options,
            Predicate<Task> warn) {
        return lookUp(root, taskOrFile, explicitTask, (registry, name) -> registry.task(name, options), warn);
    }

    /** @param warn whether a result's file warnings are printed now (a failure's always are) */
    private static <T> T lookUp(RaspcCommand root, String taskOrFile, String explicitTask,
            BiFunction<TaskRegistry, String, T> find, Predicate<T> warn) {
        Io io = root.io();
        try {
            TaskRegistry registry;
            String name = taskOrFile;
            if (isFile(io, taskOrFile)) {
                Path file = io.resolve(Path.of(taskOrFile));
                if (!Files.isRegularFile(file)) {
                    throw new UserError("cannot read " + taskOrFile + ": no such file");
                }
                registry = TaskRegistry.of(List.of(file));
                name = explicitTask != null ? explicitTask : registry.defaultTaskOf(file);
            } else if (explicitTask != null) {
                throw new UserError("--task names a task of a .rasp file; give the file, or the task name alone");
            } else {
                registry = registry(io);
            }
            T found;
            try {
                found = find.apply(registry, name);
            } catch (RuntimeException e) {
                printWarnings(root, registry);
                throw e;
            }
            if (warn.test(found)) {
                printWarnings(root, registry);
            }
            return found;
        } catch (BoolSpecError e) {
            throw new UserError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The statements the task files run so far skipped, as warnings on the command's error stream. */
    static void printWarnings(RaspcCommand root, TaskRegistry registry) {
        registry.warnings().forEach(w -> root.err().println("warning: " + w.getMessage()));
        root.err().flush();
    }

    /**
     * The tasks of the languages folders as this invocation sees them: -Draspc.languages, its
     * environment's RASPC_LANGUAGES, its working directory, then the bundled folder.
     */
    static TaskRegistry registry(Io io) {
        return TaskRegistry.standard(TaskFolders.find(System.getProperty(TaskFolders.PROPERTY),
                io.env().get(TaskFolders.ENV), io.workingDir()));
    }

    /** Whether the argument means a file: it ends in .rasp or names an existing file. */
    static boolean isFile(Io io, String taskOrFile) {
        return taskOrFile.endsWith(".rasp") || Files.isRegularFile(io.resolve(Path.of(taskOrFile)));
    }
}
