package raspc.runtime.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import raspc.compiler.TaskRegistry;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.Task;
import raspc.runtime.RuntimeUserException;

/**
 * Turns each cell into a {@link CellRun}: its task looked up (in the sweep's {@code program}
 * when it names one, else by the resolvers the runner was given), checked to be of the sweep's
 * kind, and its settings checked, so that a mistake stops the sweep before any cell trains.
 */
final class CellResolver {
    private final String sweepName;
    private final SweepRunner.FunctionResolver functions;
    private final SweepRunner.TaskResolver tasks;
    /** The file the tasks come from, for the runs' task records; null: the languages folders. */
    private final Path program;

    private CellResolver(String sweepName, SweepRunner.FunctionResolver functions, SweepRunner.TaskResolver tasks,
            Path program) {
        this.sweepName = sweepName;
        this.functions = functions;
        this.tasks = tasks;
        this.program = program;
    }

    static CellResolver of(SweepSpec spec, SweepRunner.FunctionResolver functions, SweepRunner.TaskResolver tasks) {
        if (spec.tasks() instanceof TaskList list && list.program() != null) {
            TaskRegistry registry = TaskRegistry.of(List.of(list.program()));
            return new CellResolver(spec.name(), registry::booleanFunction, registry::task, list.program());
        }
        return new CellResolver(spec.name(), functions, tasks, null);
    }

    /** What Boolean task names stand for in this sweep (for analyses over its rows). */
    SweepRunner.FunctionResolver functions() {
        return functions;
    }

    /** One cell's task, resolved, with its settings checked; {@code functionsByTask} keeps Boolean functions met before. */
    CellRun resolve(SweepCell c, Map<String, BooleanFunction> functionsByTask) {
        try {
            return switch (c) {
                case BooleanCell b when ScratchpadTask.isScratchpadName(b.task()) -> {
                    ScratchpadTask task = ScratchpadTask.parse(b.task());
                    if (task.n() != b.n()) {
                        throw new RuntimeUserException("task " + task.name() + " has " + task.n() + " input bits, not " + b.n());
                    }
                    b.options().data(task); // checks the settings
                    yield new CellRun.ScratchpadRun(b, task);
                }
                case BooleanCell b -> {
                    BooleanFunction f = functionsByTask.computeIfAbsent(b.task(), task -> {
                        BooleanFunction found = functions.resolve(task);
                        if (found.n() != b.n()) {
                            throw new RuntimeUserException("task " + task + " has " + found.n() + " input bits, not " + b.n());
                        }
                        return found;
                    });
                    b.options().check(b.n());
                    yield new CellRun.BooleanRun(b, f);
                }
                case CompositionCell k -> {
                    var recipe = k.recipe();
                    recipe.check();
                    yield new CellRun.CompositionRun(k, composition(tasks.resolve(k.task(), recipe.data())), program);
                }
                case SequenceCell q -> {
                    LabelledTask task = sequence(tasks.resolve(q.task(), q.data()));
                    var data = new raspc.runtime.data.EncodedTaskData(task);
                    q.options(data.plannedLayers(), data.plannedHeads()); // a shape below 1 is refused now
                    yield new CellRun.SequenceRun(q, task, program);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new RuntimeUserException("sweep " + sweepName + ", cell " + c.id() + ": " + e.getMessage(), e);
        }
    }

    private static CompositionTask composition(Task task) {
        return switch (task) {
            case CompositionTask c -> c;
            case LabelledTask l -> throw new RuntimeUserException(l.name() + " is not a composition variant (kind: composition)");
            case MatrixTask m -> throw new RuntimeUserException(m.name() + " is not a composition variant (kind: composition)");
            case ScratchpadTask p -> throw new RuntimeUserException(p.name() + " is not a composition variant: a scratchpad"
                    + " parity task is a Boolean cell (kind: boolean)");
        };
    }

    private static LabelledTask sequence(Task task) {
        return switch (task) {
            case SequenceTask s -> s;
            case BooleanFunctionTask b -> throw new RuntimeUserException(b.name() + " is a Boolean function, not a sequence task (kind: boolean)");
            case CompositionTask c -> throw new RuntimeUserException(c.name() + " is a composition variant, not a sequence task (kind: composition)");
            case MatrixTask m -> throw new RuntimeUserException(m.name() + " is a matrix task, not a sequence task");
            case ScratchpadTask p -> throw new RuntimeUserException(p.name() + " is a scratchpad parity task, not a sequence"
                    + " task (kind: boolean)");
        };
    }

    static BooleanFunction booleanFunction(Task task) {
        return switch (task) {
            case BooleanFunctionTask b -> b.function();
            case SequenceTask s -> throw new RuntimeUserException(s.name() + " is a sequence task, not a Boolean function");
            case CompositionTask c -> throw new RuntimeUserException(c.name() + " is a composition variant, not a Boolean function");
            case MatrixTask m -> throw new RuntimeUserException(m.name() + " is a matrix task, not a Boolean function");
            case ScratchpadTask p -> throw new RuntimeUserException(p.name() + " is a scratchpad parity task for a decoder,"
                    + " not a Boolean function");
        };
    }
}
