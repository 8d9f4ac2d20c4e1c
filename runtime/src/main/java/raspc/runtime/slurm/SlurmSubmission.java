package raspc.runtime.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.RuntimeUserException;

/**
 * Writes a sweep's sbatch scripts and, unless it is a dry run, submits them with {@code sbatch}:
 * the array job first, then the aggregation job depending on it ({@code afterany:ID}). The log
 * folder is created before submitting, since Slurm (22.05 at least) does not create the folders
 * of {@code --output}.
 */
public final class SlurmSubmission {
    private static final int SBATCH_SECONDS = 120;

    private SlurmSubmission() {}

    /**
     * What was written and, when submitted, the job ids.
     *
     * @param commands the sbatch commands run (or, in a dry run, to run; {@code $CELLS_JOB} stands for the array job's id)
     * @param cellsJob null in a dry run, or when no cell was pending
     */
    public record Result(List<Path> scripts, List<String> commands, String cellsJob, String aggregateJob) {}

    public static Result submit(SlurmJob job, boolean dryRun) {
        try {
            Files.createDirectories(job.logDir());
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create " + job.logDir() + ": " + e.getMessage(), e);
        }
        List<Path> scripts = new ArrayList<>();
        boolean cells = !job.pending().isEmpty();
        if (cells) {
            AtomicFiles.writeString(job.cellsScript(), SlurmScripts.cells(job));
            scripts.add(job.cellsScript());
        }
        AtomicFiles.writeString(job.aggregateScript(), SlurmScripts.aggregate(job));
        scripts.add(job.aggregateScript());
        List<String> cellsCommand = List.of("sbatch", "--parsable", job.cellsScript().toString());
        if (dryRun) {
            List<String> commands = new ArrayList<>();
            if (cells) {
                commands.add(String.join(" ", cellsCommand));
            }
            commands.add(String.join(" ", aggregateCommand(job, cells ? "$CELLS_JOB" : null)));
            return new Result(scripts, commands, null, null);
        }
        String cellsJob = cells ? sbatch(cellsCommand) : null;
        List<String> aggregate = aggregateCommand(job, cellsJob);
        String aggregateJob = sbatch(aggregate);
        List<String> commands = new ArrayList<>();
        if (cells) {
            commands.add(String.join(" ", cellsCommand));
        }
        commands.add(String.join(" ", aggregate));
        return new Result(scripts, commands, cellsJob, aggregateJob);
    }

    private static List<String> aggregateCommand(SlurmJob job, String after) {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        if (after != null) {
            command.add("--dependency=afterany:" + after);
        }
        command.add(job.aggregateScript().toString());
        return command;
    }

    /** Runs sbatch and returns the job id it prints ({@code --parsable}: "ID" or "ID;CLUSTER"). */
    private static String sbatch(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(SBATCH_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new RuntimeUserException("sbatch did not answer in " + SBATCH_SECONDS + " s");
            }
            String last = output.lines().reduce((a, b) -> b).orElse("");
            if (p.exitValue() != 0 || !last.matches("\\d+(;.*)?")) {
                throw new RuntimeUserException("sbatch failed (exit " + p.exitValue() + "): "
                        + (output.isEmpty() ? "no output" : output.replace('\n', ' ')));
            }
            return last.split(";")[0];
        } catch (IOException e) {
            throw new RuntimeUserException("cannot run sbatch (is Slurm installed here? --dry-run writes the scripts "
                    + "without it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeUserException("interrupted while submitting to Slurm", e);
        }
    }
}
