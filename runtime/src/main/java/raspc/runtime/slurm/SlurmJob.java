package raspc.runtime.slurm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A sweep as Slurm jobs, before its scripts are written: how to start raspc on a node, which
 * sweep, and which cells still need running.
 *
 * @param name        the sweep's name (job names are raspc-NAME and raspc-NAME-aggregate)
 * @param raspc       the command that starts raspc, as words (java, its options, the main class)
 * @param environment variables each job exports before starting raspc (the task folders)
 * @param sweepFile   the sweep file, absolute: jobs run on other nodes, from another folder
 * @param out         the shared output folder, absolute
 * @param device      passed to every cell as {@code --device}
 * @param pending     indices of the cells without a row, ascending; empty: only the aggregation runs
 */
public record SlurmJob(String name, List<String> raspc, Map<String, String> environment, Path sweepFile, Path out,
        String device, List<Integer> pending, SlurmOptions options) {

    public SlurmJob {
        raspc = List.copyOf(raspc);
        environment = Map.copyOf(environment);
        pending = List.copyOf(pending);
        sweepFile = sweepFile.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
    }

    /** Where the scripts go, and the jobs' logs under it. */
    public Path slurmDir() {
        return out.resolve("slurm");
    }

    public Path logDir() {
        return slurmDir().resolve("logs");
    }

    public Path cellsScript() {
        return slurmDir().resolve("cells.sbatch");
    }

    public Path aggregateScript() {
        return slurmDir().resolve("aggregate.sbatch");
    }
}
