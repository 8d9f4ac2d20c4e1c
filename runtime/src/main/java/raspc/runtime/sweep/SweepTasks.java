package raspc.runtime.sweep;

import java.util.List;
import java.util.Map;

/**
 * The tasks of a sweep, as its file gives them: a Boolean grid ({@code functions} x {@code lengths})
 * or a list of task names of one kind ({@code tasks}, with {@code kind}). Either expands, with the
 * train grid and the seeds, into the cells in table order: task, then settings, then seed.
 */
public sealed interface SweepTasks permits BooleanGrid, TaskList {
    SweepKind kind();

    List<SweepCell> cells(List<Map<String, Object>> trainGrid, List<Long> seeds, List<String> varyingKeys);
}
