package raspc.repl;

import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.TaskOptions;

/** A TASK argument that must name a Boolean function (parity_12, majority_9, first_8, ...). */
final class BooleanTasks {
    private BooleanTasks() {}

    static BooleanFunction resolve(RaspcCommand root, String task) {
        return switch (TaskArgument.resolve(root, task, null, TaskOptions.NONE)) {
            case BooleanFunctionTask b -> b.function();
            case SequenceTask s -> throw new UserError(s.name() + " is a sequence task; this command needs a Boolean"
                    + " function such as parity_12, majority_9 or first_8 (sequence tasks train with `raspc train`)");
        };
    }
}
