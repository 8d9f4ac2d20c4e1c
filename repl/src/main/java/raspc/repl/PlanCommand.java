package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.compiler.Session;
import raspc.compiler.error.RaspError;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.TaskOptions;

/**
 * {@code raspc plan FILE [NAME] | TASK}, and in the REPL {@code plan SOP}: the transformer shape
 * (layers, heads) an s-op's program predicts.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the layer/head plan of an s-op, or of a task's program.",
                "Each aggregate (and selector_width, and length) is an attention head in the layer given by the " +
                "longest chain of attention below it; the heads of a layer are its distinct selectors; " +
                "elementwise operations are MLP work between layers."},
        footer = {"", "Examples:", "  raspc plan languages/sort_by_freq.rasp", "  raspc plan examples/paper.rasp reverse",
                "  raspc plan sort_26", "  plan reverse          (in the REPL: an s-op defined in the session)"})
public final class PlanCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE|TASK|SOP",
            description = "A RASP file, a task name (its program's output is planned), or in the REPL an s-op of the session.")
    private String fileOrTask;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "With a file: the s-op to plan (default: the output of the file's first task).")
    private String name;

    public PlanCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Session session = root.replSession();
        String plan;
        if (TaskArgument.isFile(root.io(), fileOrTask)) {
            plan = filePlan();
        } else if (session != null && session.get(fileOrTask) != null) {
            plan = sessionPlan(session);
        } else {
            plan = taskPlan(session != null);
        }
        root.out().print(plan);
        root.out().flush();
        return ExitCode.OK;
    }

    /** A name the REPL's session defines wins over a task of that name: it is what was just typed. */
    private String sessionPlan(Session session) {
        if (name != null) {
            throw new UserError("NAME picks an s-op of a file; to plan the session's " + fileOrTask + " give no NAME");
        }
        return ProgramPlans.planText(session, fileOrTask, "the session");
    }

    private String filePlan() {
        var session = ProgramFiles.loadSilently(root, Path.of(fileOrTask));
        return ProgramPlans.planText(session, name, fileOrTask);
    }

    private String taskPlan(boolean inRepl) {
        if (name != null) {
            throw new UserError("NAME picks an s-op of a file; with a task name (" + fileOrTask + ") give no NAME");
        }
        LabelledTask task;
        try {
            task = TaskArgument.resolve(root, fileOrTask, null, TaskOptions.NONE);
        } catch (RaspError e) {
            if (!inRepl) {
                throw e;
            }
            throw new UserError("the session defines no '" + fileOrTask + "', and " + e.getMessage());
        }
        return switch (task) {
            case SequenceTask s -> PlanText.render(s.variant().definition().output().name(), s.plan());
            case BooleanFunctionTask b ->
                    throw new UserError(b.name() + " is a Boolean function, not a RASP program: it has no layer/head plan");
        };
    }
}
