package raspc.runtime.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sbatch scripts a Slurm sweep writes, and what a dry run leaves on disk. */
class SlurmScriptsTest {
    @TempDir
    Path dir;

    private SlurmJob job(List<Integer> pending, SlurmOptions options) {
        return new SlurmJob("grid", List.of("/jdk/bin/java", "-cp", "/opt/raspc it's.jar", "raspc.repl.Main"),
                Map.of("RASPC_LANGUAGES", "/shared/languages"), dir.resolve("grid.yaml"), dir.resolve("out"), "gpu",
                pending, options);
    }

    @Test
    void theArrayScriptRunsOneCellPerPendingIndexWithTheAskedResources() {
        SlurmOptions options = new SlurmOptions("gpu", "2:00:00", "8G", 4, 1, 3, List.of("--account=lab", "--qos=short"));
        String script = SlurmScripts.cells(job(List.of(0, 2, 3, 4, 7), options));
        Path out = dir.resolve("out");
        List<String> lines = script.lines().toList();
        assertEquals("#!/bin/bash", lines.getFirst());
        assertEquals(List.of("#SBATCH --job-name=raspc-grid", "#SBATCH --array=0,2-4,7%3",
                "#SBATCH --output=" + out.resolve("slurm/logs/cell-%a.out"), "#SBATCH --partition=gpu",
                "#SBATCH --time=2:00:00", "#SBATCH --mem=8G", "#SBATCH --cpus-per-task=4", "#SBATCH --gpus-per-task=1",
                "#SBATCH --account=lab", "#SBATCH --qos=short"),
                lines.stream().filter(l -> l.startsWith("#SBATCH")).toList());
        assertTrue(lines.contains("export RASPC_LANGUAGES=/shared/languages"), script);
        assertEquals("exec /jdk/bin/java -cp '/opt/raspc it'\\''s.jar' raspc.repl.Main sweep " + dir.resolve("grid.yaml")
                + " --out " + out + " --device gpu --cell \"$SLURM_ARRAY_TASK_ID\"", lines.getLast());
    }

    @Test
    void theAggregationScriptWritesTheTablesWithoutGpus() {
        SlurmOptions options = new SlurmOptions("gpu", "1:00:00", null, 4, 2, null, List.of("--account=lab"));
        String script = SlurmScripts.aggregate(job(List.of(1), options));
        assertTrue(script.contains("#SBATCH --job-name=raspc-grid-aggregate\n"), script);
        assertTrue(script.contains("#SBATCH --output=" + dir.resolve("out/slurm/logs/aggregate.out") + "\n"), script);
        assertTrue(script.contains("#SBATCH --partition=gpu\n#SBATCH --time=1:00:00\n#SBATCH --account=lab\n"), script);
        assertFalse(script.contains("gpus") || script.contains("cpus") || script.contains("--array"), script);
        assertTrue(script.strip().endsWith(" --out " + dir.resolve("out") + " --aggregate"), script);
    }

    @Test
    void withoutLimitsTheArrayHasNoThrottleAndNoResourceLines() {
        String script = SlurmScripts.cells(job(List.of(0, 1, 2), SlurmOptions.defaults()));
        assertTrue(script.contains("#SBATCH --array=0-2\n"), script);
        assertEquals(3, script.lines().filter(l -> l.startsWith("#SBATCH")).count(), script);
    }

    @Test
    void aDryRunWritesBothScriptsAndTheLogFolderAndSubmitsNothing() throws Exception {
        SlurmJob job = job(List.of(0, 1), SlurmOptions.defaults());
        SlurmSubmission.Result r = SlurmSubmission.submit(job, true);
        assertEquals(List.of(job.cellsScript(), job.aggregateScript()), r.scripts());
        assertEquals(SlurmScripts.cells(job), Files.readString(job.cellsScript()));
        assertTrue(Files.isDirectory(job.logDir()), "Slurm does not create --output folders");
        assertEquals(List.of("sbatch --parsable " + job.cellsScript(),
                "sbatch --parsable --dependency=afterany:$CELLS_JOB " + job.aggregateScript()), r.commands());
        assertEquals(null, r.cellsJob());

        Files.delete(job.cellsScript());
        SlurmSubmission.Result finished = SlurmSubmission.submit(job(List.of(), SlurmOptions.defaults()), true);
        assertEquals(List.of(job.aggregateScript()), finished.scripts(), "no array when every cell is finished");
        assertFalse(Files.exists(job.cellsScript()));
        assertEquals(List.of("sbatch --parsable " + job.aggregateScript()), finished.commands());
    }

    @Test
    void arrayIndicesAreRunsOfAscendingNumbers() {
        assertEquals("5", ArrayIndices.of(List.of(5)));
        assertEquals("0-3", ArrayIndices.of(List.of(0, 1, 2, 3)));
        assertEquals("0,2,4-5,9", ArrayIndices.of(List.of(0, 2, 4, 5, 9)));
        assertThrows(IllegalArgumentException.class, () -> ArrayIndices.of(List.of(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> ArrayIndices.of(List.of()));
    }

    @Test
    void badOptionsAreRefusedWithTheirName() {
        var zero = assertThrows(IllegalArgumentException.class,
                () -> new SlurmOptions(null, null, null, null, null, 0, List.of()));
        assertEquals("--max-parallel must be at least 1, got 0", zero.getMessage());
        var line = assertThrows(IllegalArgumentException.class,
                () -> new SlurmOptions(null, null, null, null, null, null, List.of("account=lab")));
        assertTrue(line.getMessage().contains("--account=lab"), line.getMessage());
    }
}
