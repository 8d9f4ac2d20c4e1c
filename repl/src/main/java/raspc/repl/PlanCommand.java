package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.compiler.plan.PlanText;
import raspc.compiler.service.ProgramPlans;
import raspc.compiler.task.ResolvedTask;
import raspc.compiler.task.TaskOptions;

/** {@code raspc plan FILE [NAME] | TASK}: the transformer shape (layers, heads) an s-op's program predicts. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the layer/head plan of an s-op, or of a task's program.",
                "Each aggregate (and selector_width, and length) is an attention head in the layer given by the " +
                "longest chain of attention below it; the heads of a layer are its distinct selectors; " +
                "elementwise operations are MLP work between layers."},
        footer = {"", "Examples:", "  raspc plan languages/sort_by_freq.rasp", "  raspc plan examples/paper.rasp reverse",
                "  raspc plan sort_26"})
public final class PlanCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE|TASK", description = "A RASP file, or a task name (its program's output is planned).")
    private String fileOrTask;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "With a file: the s-op to plan (default: the output of the file's first task).")
    private String name;

    public PlanCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.out().print(TaskArgument.isFile(root.io(), fileOrTask) ? filePlan() : taskPlan());
        root.out().flush();
        return ExitCode.OK;
    }

    private String filePlan() {
        var session = ProgramFiles.loadSilently(root.io(), Path.of(fileOrTask));
        return ProgramPlans.planText(session, name, fileOrTask);
    }

    private String taskPlan() {
        if (name != null) {
            throw new UserError("NAME picks an s-op of a file; with a task name (" + fileOrTask + ") give no NAME");
        }
        ResolvedTask task = TaskArgument.resolve(root.io(), fileOrTask, null, TaskOptions.NONE);
        if (task.plan() == null) {
            throw new UserError(task.name() + " is a Boolean function, not a RASP program: it has no layer/head plan");
        }
        return PlanText.render(task.variant().definition().output().name(), task.plan());
    }
}
