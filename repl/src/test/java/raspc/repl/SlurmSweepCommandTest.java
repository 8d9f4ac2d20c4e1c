package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep --slurm, --cell, --status and --aggregate as a user types them. */
class SlurmSweepCommandTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @BeforeEach
    void sweepFile() throws Exception {
        Files.writeString(dir.resolve("g.yaml"), "name: g\nfunctions: [first]\nlengths: [3, 4]\nseeds: 1\n"
                + "train: {dim: 16, steps: 100, lr: 3e-3, eval_every: 50, eval_inputs: 16}\n"
                + "analysis: {sharpness_draws: 2, loss_inputs: 16}\n");
    }

    @Test
    void aDryRunWritesTheScriptsThatRunThisRaspcOnEachCell() throws Exception {
        CliRun r = raspc("sweep", "g.yaml", "--slurm", "--dry-run", "--partition", "short", "--max-parallel", "4",
                "--gpus-per-task", "1", "--device", "gpu", "--sbatch=--account=lab");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("2 cells, 2 to run\n"), r.out());
        assertTrue(r.out().contains("not submitted (--dry-run)"), r.out());
        String cells = Files.readString(dir.resolve("sweeps/g/slurm/cells.sbatch"));
        assertTrue(cells.contains("#SBATCH --array=0-1%4\n#SBATCH --output="), cells);
        assertTrue(cells.contains("#SBATCH --partition=short\n#SBATCH --gpus-per-task=1\n#SBATCH --account=lab\n"), cells);
        assertTrue(cells.contains(" raspc.repl.Main sweep " + dir.resolve("g.yaml").toAbsolutePath() + " --out "
                + dir.resolve("sweeps/g").toAbsolutePath() + " --device gpu --cell \"$SLURM_ARRAY_TASK_ID\"\n"), cells);
        assertTrue(Files.isDirectory(dir.resolve("sweeps/g/slurm/logs")));
        assertTrue(Files.readString(dir.resolve("sweeps/g/slurm/aggregate.sbatch")).contains(" --aggregate\n"));
    }

    @Test
    void oneCellThenStatusThenTheResubmissionNamesOnlyTheOtherCell() throws Exception {
        CliRun cell = raspc("sweep", "g.yaml", "--cell", "1");
        assertEquals(ExitCode.OK, cell.code(), cell.err());
        assertTrue(cell.out().contains("cell 1 (first_4-seed1): "), cell.out());
        CliRun status = raspc("sweep", "g.yaml", "--status");
        assertEquals(ExitCode.OK, status.code(), status.err());
        assertEquals("   0  missing  first_3-seed1\n   1  finished first_4-seed1\n2 cells: 1 finished, 0 failed, 1 missing\n",
                status.out());
        CliRun partial = raspc("sweep", "g.yaml", "--aggregate");
        assertEquals(ExitCode.USER_ERROR, partial.code(), "a cell is missing");
        assertTrue(partial.out().contains("1 cells not finished"), partial.out());
        assertEquals(2, Files.readAllLines(dir.resolve("sweeps/g/results.csv")).size(), "header and the finished row");
        raspc("sweep", "g.yaml", "--slurm", "--dry-run");
        assertTrue(Files.readString(dir.resolve("sweeps/g/slurm/cells.sbatch")).contains("#SBATCH --array=0\n"));
    }

    @Test
    void mistakesAreOneLineUserErrors() {
        assertError("--status and --cell cannot be combined", "--status", "--cell", "0");
        assertError("are for --slurm", "--partition", "x");
        assertError("--max-parallel must be at least 1, got 0", "--slurm", "--max-parallel", "0");
        assertError("sweep g has cells 0..1, not 5", "--cell", "5");
        assertError("--dry-run goes with a plain sweep or --slurm, not --cell", "--cell", "0", "--dry-run");
    }

    private void assertError(String message, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "sweep";
        args[1] = "g.yaml";
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun r = raspc(args);
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
