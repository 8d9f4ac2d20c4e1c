package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny sweep submitted to a real Slurm (scripts/local-slurm.sh starts a one-node one; .ci/run
 * runs it first): the array job and the aggregation job run, and the aggregated table equals
 * the one a local run of the same sweep writes. Skipped, with how to get a Slurm, when none answers.
 */
class SlurmIntegrationTest {
    private static final int WAIT_SECONDS = 600;

    @TempDir
    Path dir;

    @Test
    void theTinySweepOnSlurmGivesTheLocalTable() throws Exception {
        assumeTrue(slurmIsUp(), "skipped: no Slurm answers sinfo here (scripts/local-slurm.sh starts a one-node one)");
        Files.writeString(dir.resolve("g.yaml"), "name: g\nfunctions: [first]\nlengths: [3, 4]\nseeds: 1\n"
                + "train: {dim: 16, steps: 100, lr: 3e-3, eval_every: 50, eval_inputs: 16}\n"
                + "analysis: {sharpness_draws: 2, loss_inputs: 16}\n");
        // the throttle and an extra #SBATCH line go through the real sbatch, which refuses what it cannot parse
        CliRun submitted = CliRun.in(dir, "sweep", "g.yaml", "--slurm", "--out", "slurm-out", "--time", "0:20:00",
                "--max-parallel", "2", "--sbatch=--comment=raspc-test");
        assertEquals(ExitCode.OK, submitted.code(), submitted.out() + submitted.err());
        assertTrue(submitted.out().contains("2 cells, 2 to run"), submitted.out());
        String aggregation = aggregationJob(submitted);
        assertTrue(submitted.out().matches("(?s).*submitted array job \\d+ \\(cells 2\\).*"), submitted.out());
        waitUntilGone(aggregation);
        Path logs = dir.resolve("slurm-out/slurm/logs");
        CliRun status = CliRun.in(dir, "sweep", "g.yaml", "--out", "slurm-out", "--status");
        assertTrue(status.out().contains("2 cells: 2 finished, 0 failed, 0 missing"), status.out() + logsOf(logs));
        assertTrue(Files.isRegularFile(logs.resolve("cell-0.out")) && Files.isRegularFile(logs.resolve("cell-1.out")),
                logsOf(logs));

        CliRun local = CliRun.in(dir, "sweep", "g.yaml", "--out", "local-out");
        assertEquals(ExitCode.OK, local.code(), local.out() + local.err());
        List<String> localRows = rowsWithoutTimes(dir.resolve("local-out/results.jsonl"));
        assertEquals(localRows, rowsWithoutTimes(dir.resolve("slurm-out/results.jsonl")), logsOf(logs));

        // submitting the finished sweep again runs no cell, only an aggregation without a dependency
        Files.delete(dir.resolve("slurm-out/results.jsonl"));
        CliRun again = CliRun.in(dir, "sweep", "g.yaml", "--slurm", "--out", "slurm-out", "--time", "0:20:00");
        assertEquals(ExitCode.OK, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("2 cells, 0 to run (all finished: only the aggregation)"), again.out());
        waitUntilGone(aggregationJob(again));
        assertEquals(localRows, rowsWithoutTimes(dir.resolve("slurm-out/results.jsonl")), logsOf(logs));
    }

    private static String aggregationJob(CliRun submitted) {
        Matcher id = Pattern.compile("submitted aggregation job (\\d+)").matcher(submitted.out());
        assertTrue(id.find(), submitted.out());
        return id.group(1);
    }

    private static boolean slurmIsUp() {
        String states = output(List.of("sinfo", "-h", "-o", "%T"));
        return states != null && states.matches("(?s).*(idle|mixed|alloc).*");
    }

    /** Polls squeue until the job has left the queue. */
    private static void waitUntilGone(String job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            // blank while Slurm still remembers the finished job; after MinJobAge it calls the id invalid
            Ran queued = run(List.of("squeue", "-h", "-j", job));
            if (queued != null && (queued.code() == 0 ? queued.output().isBlank() : queued.output().contains("Invalid job id"))) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("Slurm job " + job + " still queued after " + WAIT_SECONDS + " s");
    }

    /** What a command printed, or null when it cannot run or fails. */
    private static String output(List<String> command) {
        Ran ran = run(command);
        return ran != null && ran.code() == 0 ? ran.output() : null;
    }

    /** A command's exit code and output (stdout and stderr), or null when it cannot run or hangs. */
    private record Ran(int code, String output) {}

    private static Ran run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) ? new Ran(p.exitValue(), out) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The rows of results.jsonl without the timing fields, which differ from run to run. */
    private static List<String> rowsWithoutTimes(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            ObjectNode row = (ObjectNode) mapper.readTree(line);
            List<String> times = new ArrayList<>();
            row.fieldNames().forEachRemaining(f -> {
                if (f.endsWith("_seconds")) {
                    times.add(f);
                }
            });
            row.remove(times);
            rows.add(row.toString());
        }
        return rows;
    }

    private static String logsOf(Path logs) {
        StringBuilder s = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path f : files.sorted().toList()) {
                s.append("\n--- ").append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        } catch (IOException e) {
            s.append("\n(no logs: ").append(e.getMessage()).append(')');
        }
        return s.toString();
    }
}
