package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values and inputs that cannot work are refused with a message naming them, before anything runs. */
class OptionMistakesTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private static void refused(CliRun r, String message) {
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out() + r.err());
        assertEquals(message + "\n", r.err());
    }

    @Test
    void sizesAndStepsMustBePositive() throws Exception {
        refused(raspc("dataset", "reverse_10", "--size", "-1", "--out", "d.jsonl"), "--size must be at least 1, got -1");
        assertFalse(Files.exists(dir.resolve("d.jsonl")), "nothing is written");
        refused(raspc("train-boolean", "parity_4", "--steps", "0"), "--steps must be at least 1, got 0");
        refused(raspc("train", "reverse_10", "--max-length", "0"), "--max-length must be at least 1, got 0");
        refused(raspc("train", "reverse_10", "--train-size", "0"), "--train-size must be at least 1, got 0");
        refused(raspc("train", "reverse_10", "--batch-tokens", "0"), "--batch-tokens must be at least 1, got 0");
        // train takes the composition and matrix studies' options too, so it names one it does not use
        refused(raspc("train", "reverse_10", "--checkpoints", "2"), "train: unknown option or argument '--checkpoints' (see raspc train --help)");
        assertFalse(Files.exists(dir.resolve("runs")), "no run folder is made");
    }

    /** MKL reads MKL_CBWR when it loads, so --deterministic cannot switch it on from inside the JVM. */
    @Test
    void deterministicWithoutTheLauncherSaysHowToGetIt() {
        org.junit.jupiter.api.Assumptions.assumeFalse("COMPATIBLE".equals(System.getenv("MKL_CBWR")),
                "this JVM already runs with MKL_CBWR=COMPATIBLE");
        refused(raspc("train", "reverse_10", "--deterministic", "--epochs", "1"),
                "--deterministic needs MKL_CBWR=COMPATIBLE before raspc starts (MKL reads it when it loads): run raspc"
                        + " through the ./raspc launcher, which sets it, or export MKL_CBWR=COMPATIBLE");
    }

    @Test
    void resumeRefusesOptionsTheRunFixes() {
        refused(raspc("train", "--resume", "runs/r", "--dim", "64", "--lr", "1e-3", "--epochs", "3"),
                "--dim, --lr cannot change when resuming: the run's settings are fixed by its config.json;"
                        + " with --resume give only --epochs, --device, --verbose, --deterministic, --bf16");
        CliRun allowed = raspc("train", "--resume", "runs/r", "--epochs", "3", "--device", "cpu");
        assertTrue(allowed.err().startsWith("no run folder runs/r"), allowed.err());
    }

    @Test
    void aMalformedSweepFileSaysWhere() throws Exception {
        Files.writeString(dir.resolve("grid.yaml"), "functions: [parity\nlengths: {from: 4, to: 6}\n");
        refused(raspc("sweep", "grid.yaml", "--dry-run"), dir.resolve("grid.yaml")
                + ":2:8: expected ',' or ']', but got : (while parsing a flow sequence from line 1, column 12)");
        Files.writeString(dir.resolve("grid.json"), "{\"functions\": [\"parity\",,]}");
        refused(raspc("sweep", "grid.json", "--dry-run"), dir.resolve("grid.json") + ":1:25: unexpected character ',': expected a value");
    }

    @Test
    void aMalformedJsonInputSaysWhatAndWhereInPlainWords() throws Exception {
        Files.writeString(dir.resolve("r.rasp"), CliTest.REVERSE);
        badInput(raspc("eval", "r.rasp", "reverse", "[1, 2"), "[1, 2",
                "bad input [1, 2: not a JSON array (unexpected end of input: expected ']', at column 6)");
        badInput(raspc("eval", "r.rasp", "reverse", "[1, }"), "[1, }",
                "bad input [1, }: not a JSON array (unexpected character '}': expected a value, at column 5)");
        badInput(raspc("eval", "r.rasp", "reverse", "[1] 2"), "[1] 2",
                "bad input [1] 2: not a JSON array (unexpected text after the value, at column 5)");
    }

    /** An input eval cannot read is that input's error; the exit code says one failed. */
    private static void badInput(CliRun r, String input, String message) {
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out() + r.err());
        assertEquals("{\"input\":\"" + input + "\",\"error\":\"" + message + "\"}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBooleanTaskOutOfRangeNamesItsDeclaration() {
        CliRun r = raspc("dataset", "parity_0");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().matches("\\S*languages/boolean.rasp:\\d+:\\d+: n \\(the number of input bits of 'parity'\\) must be between 1 and \\d+, got 0\n"),
                r.err());
    }
}
