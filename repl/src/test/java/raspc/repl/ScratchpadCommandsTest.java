package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scratchpad parity tasks through the commands: train (handed to train-boolean), analyze, peep, dataset. */
class ScratchpadCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void trainAnalyzePeepAndDataset() throws Exception {
        CliRun r = raspc("train", "parity_scratchpad_4", "--dim", "64", "--batch", "128", "--lr", "1e-3", "--steps", "600",
                "--eval-every", "50", "--convergence-mse", "0.01", "--run-id", "a");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("is a scratchpad parity task: running raspc train-boolean"), r.out());
        assertTrue(r.out().contains("converged at step") && r.out().contains("final answer accuracy 1.0000 by generation"),
                r.out());
        CliRun a = raspc("analyze", "runs/parity_scratchpad_4/a", "--sharpness-draws", "2");
        assertEquals(ExitCode.OK, a.code(), a.err());
        assertTrue(a.out().contains("final answer accuracy 1.0000") && a.out().contains("sharpness"), a.out());
        assertTrue(Files.isRegularFile(dir.resolve("runs/parity_scratchpad_4/a/analysis.json")));

        CliRun peep = raspc("peep", "parity_direct_3", "--split", "valid", "--stop", "2");
        assertEquals(ExitCode.OK, peep.code(), peep.err());
        assertTrue(peep.out().contains("prompt  0 0 0\ntarget  0\nparity  0\nids     [0, 0, 0, 0]"), peep.out());
        CliRun data = raspc("dataset", "parity_scratchpad_3", "--split", "valid", "--out", "d.jsonl");
        assertEquals(ExitCode.OK, data.code(), data.err());
        assertEquals(8, Files.readAllLines(dir.resolve("d.jsonl")).size(), "every input of 3 bits");
    }

    @Test
    void mistakesAreUserErrors() {
        CliRun fixed = raspc("train-boolean", "parity_scratchpad_3", "--train-inputs", "4", "--steps", "10");
        assertEquals(ExitCode.USER_ERROR, fixed.code());
        assertTrue(fixed.err().contains("fresh inputs every step"), fixed.err());
        CliRun tooLong = raspc("peep", "parity_direct_63");
        assertEquals(ExitCode.USER_ERROR, tooLong.code());
        assertTrue(tooLong.err().contains("1 <= n <= 62"), tooLong.err());
        CliRun sensitivity = raspc("analyze", "no-such-run");
        assertEquals(ExitCode.USER_ERROR, sensitivity.code());
    }
}
