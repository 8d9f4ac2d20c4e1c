package raspc.repl;

import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.ResolvedTask;
import raspc.compiler.task.TaskOptions;

/** A TASK argument that must name a Boolean function (parity_12, majority_9, first_8, ...). */
final class BooleanTasks {
    private BooleanTasks() {}

    static BooleanFunction resolve(RaspcCommand root, String task) {
        ResolvedTask t = TaskArgument.resolve(root, task, null, TaskOptions.NONE);
        if (!t.isBoolean()) {
            throw new UserError(t.name() + " is a sequence task; this command needs a Boolean function such as parity_12,"
                    + " majority_9 or first_8 (sequence tasks train with `raspc train`)");
        }
        try {
            return t.booleanTask().compile();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
