package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.Session;

/** export and predict as a user runs them, from the shell and from the REPL. */
class ExportCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void exportAndPredictATrainedBooleanRun() throws Exception {
        CliRun train = raspc("train-boolean", "first_4", "--dim", "16", "--steps", "100", "--eval-every", "50", "--run-id", "a");
        assertEquals(ExitCode.OK, train.code(), train.err());
        CliRun export = raspc("export", "runs/first_4/a", "--out", "exported");
        assertEquals(ExitCode.OK, export.code(), export.err());
        assertTrue(export.out().matches("exported \\d+ tensors \\(\\d+ parameters\\) to exported\\s*"), export.out());
        for (String f : new String[] {"model.safetensors", "config.json", "vocab.json"}) {
            assertTrue(Files.size(dir.resolve("exported").resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(dir.resolve("exported/config.json")).contains("\"kind\" : \"readout_regressor\""));

        CliRun predict = raspc("predict", "runs/first_4/a", "0110", "1x01", "--logits");
        assertEquals(ExitCode.USER_ERROR, predict.code(), "one input failed");
        String[] lines = predict.out().strip().split("\n");
        assertEquals(2, lines.length, predict.out());
        assertTrue(lines[0].matches("\\{\"input\":\\[\"0\",\"1\",\"1\",\"0\"],\"output\":\"[01]\",\"logits\":-?[0-9.E-]+}"), lines[0]);
        assertTrue(lines[1].startsWith("{\"input\":\"1x01\",\"error\":") && lines[1].contains("does not know: x"), lines[1]);

        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        CommandHook repl = new CommandHook(Io.piped(new ByteArrayInputStream(new byte[0]), dir),
                new Session(dir), writer, writer);
        assertTrue(repl.accepts("predict runs/first_4/a 0110"));
        assertEquals(ExitCode.OK, repl.dispatch("predict runs/first_4/a 0110"));
        assertEquals(lines[0].replaceAll(",\"logits\":.*}", "}"), out.toString().strip());
    }

    @Test
    void aMissingRunIsAOneLineUserError() {
        CliRun export = raspc("export", "runs/nothing");
        assertEquals(ExitCode.USER_ERROR, export.code());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertTrue(export.err().contains("no run folder runs/nothing"), export.err());
    }
}
