package raspc.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import raspc.compiler.TaskRegistry;

/** {@code raspc tasks}: the tasks a name can stand for, where they are declared, and what shadows what. */
@Command(name = "tasks", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the task bases, their variants and the files declaring them.",
                "Folders are read in this order, the first declaration of a name winning: -Draspc.languages or " +
                "RASPC_LANGUAGES (folders separated by ':'), else the nearest languages/ in or above the working " +
                "directory; then the folder bundled with raspc. A file that fails to run is listed with its error."},
        footer = {"", "Examples:", "  raspc tasks", "  RASPC_LANGUAGES=~/my_tasks raspc tasks"})
public final class TasksCommand implements Callable<Integer> {
    private final RaspcCommand root;

    public TasksCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        TaskRegistry registry = TaskArgument.registry(root.io());
        root.out().print(new TaskListingText(root.io().workingDir()).render(registry.listing()));
        root.out().flush();
        TaskArgument.printWarnings(root, registry);
        return ExitCode.OK;
    }
}
