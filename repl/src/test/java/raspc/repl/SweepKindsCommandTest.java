package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `raspc sweep` on a sweep file of named tasks, as a user types it. */
class SweepKindsCommandTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theCompositionSweepListsItsCells() {
        CliRun r = CliRun.in(dir, "sweep", ROOT.resolve("examples/sweeps/composition.yaml").toString(), "--dry-run");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("compose_random_2_step-modelgpt-seed1\n"), r.out());
        assertTrue(r.out().contains("\ncompose_random_25_step-modellstm-seed1\n"), r.out());
    }

    @Test
    void aCompositionCellRunsFromTheLanguagesFoldersAndStatusFollowsIt() throws Exception {
        Files.writeString(dir.resolve("c.yaml"), """
                kind: composition
                tasks: [compose_random_2_direct]
                train: {dim: 8, layers: 1, steps: 4, train_size: 64, valid_size: 8, eval_size: 1, checkpoints: 1,
                        checkpoint_eval: 0}
                """);
        CliRun cell = CliRun.in(dir, "sweep", "c.yaml", "--cell", "0");
        assertEquals(ExitCode.OK, cell.code(), cell.err());
        assertTrue(cell.out().contains("cell 0 (compose_random_2_direct-seed1): "), cell.out());
        assertTrue(cell.out().contains("4 steps"), cell.out());
        CliRun status = CliRun.in(dir, "sweep", "c.yaml", "--status");
        assertEquals("   0  finished compose_random_2_direct-seed1\n1 cells: 1 finished, 0 failed, 0 missing\n", status.out());
        CliRun table = CliRun.in(dir, "sweep", "c.yaml", "--aggregate");
        assertEquals(ExitCode.OK, table.code(), table.out() + table.err());
        assertTrue(Files.readString(dir.resolve("sweeps/c/results.csv")).contains(",compose_random_2_direct,direct,random,gpt,2,1,"));
    }

    @Test
    void aMistakeInTheFileIsAUserErrorNamingItsLine() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "kind: composition\ntasks: [compose_random_2_step]\ntrain:\n  depth: 3\n");
        CliRun.assertUserError(CliRun.in(dir, "sweep", "bad.yaml", "--dry-run"), "bad.yaml:4: unknown setting train.depth");
    }
}
