package raspc.runtime.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of a sweep's two sbatch scripts: an array job with one task per pending cell, each
 * running {@code raspc sweep FILE --cell $SLURM_ARRAY_TASK_ID}, and the aggregation job
 * ({@code raspc sweep FILE --aggregate}) that is submitted to start after it ({@code afterany},
 * so that it also writes the tables of a sweep some of whose cells failed).
 */
public final class SlurmScripts {
    private SlurmScripts() {}

    public static String cells(SlurmJob job) {
        SlurmOptions o = job.options();
        List<String> directives = new ArrayList<>();
        directives.add("--job-name=raspc-" + job.name());
        directives.add("--array=" + ArrayIndices.of(job.pending()) + (o.maxParallel() != null ? "%" + o.maxParallel() : ""));
        // %a: the array index, so each cell's log is found by the index --status prints
        directives.add("--output=" + job.logDir().resolve("cell-%a.out"));
        directives.addAll(resources(o));
        if (o.cpusPerTask() != null) {
            directives.add("--cpus-per-task=" + o.cpusPerTask());
        }
        if (o.gpusPerTask() != null) {
            directives.add("--gpus-per-task=" + o.gpusPerTask());
        }
        directives.addAll(o.extra());
        List<String> command = new ArrayList<>(sweep(job));
        command.addAll(List.of("--device", job.device(), "--cell"));
        return script(directives, List.of(
                "# One array task per unfinished cell of sweep " + job.name() + ": each trains and analyses",
                "# cell $SLURM_ARRAY_TASK_ID into " + job.out().resolve("cells") + " (row.json last and atomically,",
                "# so a preempted or re-queued task leaves no half cell and is simply run again)."),
                job.environment(), words(command) + " \"$SLURM_ARRAY_TASK_ID\"");
    }

    public static String aggregate(SlurmJob job) {
        List<String> directives = new ArrayList<>();
        directives.add("--job-name=raspc-" + job.name() + "-aggregate");
        directives.add("--output=" + job.logDir().resolve("aggregate.out"));
        directives.addAll(resources(job.options()));
        directives.addAll(job.options().extra());
        List<String> command = new ArrayList<>(sweep(job));
        command.add("--aggregate");
        return script(directives, List.of(
                "# After the cells of sweep " + job.name() + " (afterany): results.csv, results.jsonl, the plots and",
                "# slopes from every finished cell, and the list of failed and missing ones."),
                job.environment(), words(command));
    }

    /** The options both jobs share; GPUs and CPUs are the cells' alone. */
    private static List<String> resources(SlurmOptions o) {
        List<String> out = new ArrayList<>();
        if (o.partition() != null) {
            out.add("--partition=" + o.partition());
        }
        if (o.time() != null) {
            out.add("--time=" + o.time());
        }
        if (o.mem() != null) {
            out.add("--mem=" + o.mem());
        }
        return out;
    }

    private static List<String> sweep(SlurmJob job) {
        List<String> command = new ArrayList<>(job.raspc());
        command.addAll(List.of("sweep", job.sweepFile().toString(), "--out", job.out().toString()));
        return command;
    }

    private static String script(List<String> directives, List<String> comments, Map<String, String> environment,
            String command) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        for (String d : directives) {
            s.append("#SBATCH ").append(d).append('\n');
        }
        s.append("# Written by raspc sweep --slurm.\n");
        comments.forEach(c -> s.append(c).append('\n'));
        s.append("set -euo pipefail\n");
        new TreeMap<>(environment).forEach((k, v) -> s.append("export ").append(k).append('=').append(quote(v)).append('\n'));
        s.append("exec ").append(command).append('\n');
        return s.toString();
    }

    private static String words(List<String> words) {
        return String.join(" ", words.stream().map(SlurmScripts::quote).toList());
    }

    /** A word for bash: single quotes around it, each ' inside written as '\''. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./=:,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
