package raspc.repl;

import java.util.List;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.plan.LayerPlan;
import raspc.compiler.task.TaskDefinition;

/**
 * {@code raspc plan FILE [NAME]}: the layer/head plan of an s-op defined in a file, as the user
 * reads it (the repl chooses what to plan and says why it cannot; the compiler gives the plan).
 */
final class ProgramPlans {
    private ProgramPlans() {}

    /**
     * The plan of NAME, or (without a name) of the output of the session's first task. The text
     * says layers, heads per layer, each head's selector and the MLP work between them.
     */
    static String planText(Session session, String name, String fileLabel) {
        if (name == null) {
            List<TaskDefinition> tasks = session.tasks();
            if (tasks.isEmpty()) {
                throw new RaspError(fileLabel + " declares no task: name the s-op to plan, e.g. raspc plan " + fileLabel + " NAME");
            }
            return PlanText.render(tasks.get(0).output().name(), LayerPlan.of(tasks.get(0).output()));
        }
        Value v = session.get(name);
        if (v == null) {
            throw new RaspError(fileLabel + " defines no '" + name + "'");
        }
        if (!(v instanceof Value.SopVal sop)) {
            throw new RaspError("'" + name + "' is a " + Value.typeName(v) + ", not an s-op: only s-ops have a plan");
        }
        return PlanText.render(name, LayerPlan.of(sop.node()));
    }
}
