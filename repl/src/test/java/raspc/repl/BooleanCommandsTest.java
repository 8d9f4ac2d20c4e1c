package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-boolean, analyze and sweep as a user runs them. */
class BooleanCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void trainThenAnalyze() throws Exception {
        CliRun r = raspc("train-boolean", "first_4", "--dim", "16", "--lr", "3e-3", "--steps", "400", "--eval-every", "50",
                "--run-id", "a");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("converged at step"), r.out());
        assertTrue(r.out().contains("run folder: runs/first_4/a"), r.out());
        CliRun a = raspc("analyze", "runs/first_4/a", "--sharpness-draws", "2");
        assertEquals(ExitCode.OK, a.code(), a.err());
        assertTrue(a.out().contains("average sensitivity   target 1.0000   model 1.0000"), a.out());
        assertTrue(Files.isRegularFile(dir.resolve("runs/first_4/a/analysis.json")));
        CliRun json = raspc("analyze", "runs/first_4/a", "--json", "--sharpness-draws", "2");
        assertTrue(json.out().contains("\"sharpness_x4\""), json.out());
    }

    /** Two short runs with snapshots, aligned at their first loss below 0.05: tables and four plots. */
    @Test
    void dynamicsOfRunsWithSnapshots() throws Exception {
        for (String seed : new String[] {"1", "2"}) {
            CliRun r = raspc("train-boolean", "first_4", "--dim", "16", "--lr", "3e-3", "--steps", "200", "--eval-every", "50",
                    "--full-budget", "--snapshots", "--seed", seed, "--run-id", "s" + seed);
            assertEquals(ExitCode.OK, r.code(), r.err());
        }
        assertTrue(Files.isRegularFile(dir.resolve("runs/first_4/s1/snapshots/step-000050.params")));
        CliRun d = raspc("boolean-dynamics", "runs/first_4/s1", "runs/first_4/s2", "--out", "dyn", "--align-loss", "0.05",
                "--sharpness-draws", "2");
        assertEquals(ExitCode.OK, d.code(), d.err());
        assertTrue(d.out().contains("runs/first_4/s1: 4 snapshots"), d.out());
        java.util.List<String> csv = Files.readAllLines(dir.resolve("dyn/dynamics.csv"));
        assertEquals(1 + 2 * 4, csv.size(), csv.toString());
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            assertEquals(Long.parseLong(f[4]) - Long.parseLong(f[3]), Long.parseLong(f[5]), "aligned step: " + line);
        }
        for (String png : new String[] {"dynamics_loss.png", "dynamics_sharpness.png", "dynamics_ln_blowup.png",
            "dynamics_param_norm.png"}) {
            assertTrue(javax.imageio.ImageIO.read(dir.resolve("dyn").resolve(png).toFile()) != null, png);
        }
        CliRun none = raspc("train-boolean", "first_4", "--dim", "16", "--steps", "50", "--eval-every", "50", "--run-id", "plain");
        assertEquals(ExitCode.OK, none.code(), none.err());
        CliRun refused = raspc("boolean-dynamics", "runs/first_4/plain");
        assertEquals(ExitCode.USER_ERROR, refused.code());
        assertTrue(refused.err().contains("has no snapshots; train it with `raspc train-boolean --snapshots`"), refused.err());
    }

    /** A Boolean function is defined at its n only: check runs there, and lengths 1..n are refused, not scored. */
    @Test
    void checkOfABooleanRunUsesItsLength() throws Exception {
        CliRun train = raspc("train", "first_4", "--dim", "16", "--epochs", "1", "--train-size", "200", "--run-id", "a");
        assertEquals(ExitCode.OK, train.code(), train.err());
        assertTrue(train.out().contains("longer     not evaluated: the task is defined at length 4 only"), train.out());
        CliRun check = raspc("check", "runs/first_4/a", "--count", "50");
        assertEquals(ExitCode.OK, check.code(), check.err());
        assertTrue(check.out().contains("on 50 fresh samples of lengths 4..4"), check.out());
        CliRun shorter = raspc("check", "runs/first_4/a", "--lengths", "1..4");
        assertEquals(ExitCode.USER_ERROR, shorter.code());
        assertTrue(shorter.err().contains("first_4 is defined on inputs of length 4 only, not 1..4"), shorter.err());
    }

    @Test
    void mistakesAreUserErrors() throws Exception {
        CliRun seq = raspc("train-boolean", "reverse_10");
        assertEquals(ExitCode.USER_ERROR, seq.code());
        assertTrue(seq.err().contains("sequence task"), seq.err());
        CliRun missing = raspc("analyze", "runs/nothing");
        assertEquals(ExitCode.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        CliRun noFile = raspc("sweep", "nope.yaml");
        assertEquals(ExitCode.USER_ERROR, noFile.code());
        Files.writeString(dir.resolve("bad.yaml"), "functions: [parity]\nlengths: [4]\ntrain: {depth: 3}\n");
        CliRun bad = raspc("sweep", "bad.yaml");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("unknown setting train.depth"), bad.err());
    }

    @Test
    void sweepDryRunListsTheCells() throws Exception {
        Files.writeString(dir.resolve("g.yaml"), "name: g\nfunctions: [parity, first]\nlengths: {from: 4, to: 6, step: 2}\nseeds: 2\n");
        CliRun r = raspc("sweep", "g.yaml", "--dry-run");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("parity_4-seed1\nparity_4-seed2\nparity_6-seed1"), r.out());
        assertTrue(r.out().contains("8 cells"), r.out());
    }
}
