package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    void exportAndPredictADecoderAndAMatrixRun() throws Exception {
        Files.writeString(dir.resolve("c.rasp"), "composition small { alphabet = 4; length = 3; levels = 2; functions = 1;"
                + " train = 200; valid = 20; eval = 1; }\n");
        CliRun compose = raspc("train", "c.rasp", "--task", "small_random_2_step", "--steps", "10", "--dim", "16",
                "--checkpoints", "1", "--checkpoint-eval", "0", "--run-id", "d", "--device", "cpu");
        assertEquals(ExitCode.OK, compose.code(), compose.err());
        CliRun export = raspc("export", "runs/small_random_2_step/d");
        assertEquals(ExitCode.OK, export.code(), export.err());
        assertTrue(Files.readString(dir.resolve("runs/small_random_2_step/d/export/config.json"))
                .contains("\"kind\" : \"causal_decoder\""));
        // a prompt of 8 tokens is continued to the 15-token document by default, or by --generate N
        String prompt = "[\"S\",\"T0_0\",\"T1_0\",\" \",\"X1\",\"X2\",\"X3\",\" \"]";
        CliRun whole = raspc("predict", "runs/small_random_2_step/d", prompt);
        assertEquals(ExitCode.OK, whole.code(), whole.err());
        assertTrue(whole.out().strip().matches("\\{\"input\":\\[.*],\"output\":\\[(\"[^\"]+\",){6}\"[^\"]+\"]}"), whole.out());
        CliRun two = raspc("predict", "runs/small_random_2_step/d", prompt, "--generate", "2");
        assertTrue(two.out().strip().matches(".*\"output\":\\[\"[^\"]+\",\"[^\"]+\"]}"), two.out());

        // the LSTM baseline exports too, its stack under torch.nn.LSTM's names
        CliRun lstm = raspc("train-compose", "c.rasp", "--task", "small_random_2_step", "--model", "lstm", "--steps", "10",
                "--dim", "16", "--checkpoints", "1", "--checkpoint-eval", "0", "--run-id", "l", "--device", "cpu");
        assertEquals(ExitCode.OK, lstm.code(), lstm.err());
        assertEquals(ExitCode.OK, raspc("export", "runs/small_random_2_step/l").code());
        String lstmConfig = Files.readString(dir.resolve("runs/small_random_2_step/l/export/config.json"));
        assertTrue(lstmConfig.contains("\"architecture\" : \"lstm\"") && lstmConfig.contains("\"kind\" : \"causal_decoder\""),
                lstmConfig);
        String header = new String(Files.readAllBytes(dir.resolve("runs/small_random_2_step/l/export/model.safetensors")),
                StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("\"lstm.weight_ih_l0\"") && header.contains("\"lstm.bias_hh_l1\""), header.substring(0, 400));

        CliRun matrix = raspc("train", "matrix_3_rank1_p30", "--dim", "16", "--layers", "1", "--heads", "2", "--steps", "20",
                "--eval-every", "20", "--batch", "16", "--eval-matrices", "16", "--run-id", "m");
        assertEquals(ExitCode.OK, matrix.code(), matrix.err());
        assertEquals(ExitCode.OK, raspc("export", "runs/matrix_3_rank1_p30/m").code());
        String matrixConfig = Files.readString(dir.resolve("runs/matrix_3_rank1_p30/m/export/config.json"));
        assertTrue(matrixConfig.contains("\"kind\" : \"masked_regressor\"") && matrixConfig.contains("\"architecture\" : \"bert\"")
                && matrixConfig.contains("\"embedding_norm\" : true") && matrixConfig.contains("\"layer_norm_eps\" : 1.0E-12"),
                matrixConfig);
        CliRun values = raspc("predict", "runs/matrix_3_rank1_p30/m",
                "[\"0.50\",\"MASK\",\"-0.20\",\"0.10\",\"0.00\",\"MASK\",\"0.30\",\"0.40\",\"MASK\"]", "--logits");
        assertEquals(ExitCode.OK, values.code(), values.err());
        assertTrue(values.out().strip().matches(".*\"output\":\\[(\"-?\\d\\.\\d\\d\",){8}\"-?\\d\\.\\d\\d\"],"
                + "\"logits\":\\[(-?[0-9.E-]+,){8}-?[0-9.E-]+]}"), values.out());

        CliRun tooFew = raspc("predict", "runs/matrix_3_rank1_p30/m", "[\"0.50\",\"MASK\"]");
        assertEquals(ExitCode.USER_ERROR, tooFew.code());
        assertTrue(tooFew.out().contains("completes matrices of 9 entries") && tooFew.out().contains("the input has 2"),
                tooFew.out());

        CliRun wrong = raspc("predict", "runs/matrix_3_rank1_p30/m", "[\"0.50\"]", "--generate", "2");
        assertEquals(ExitCode.USER_ERROR, wrong.code());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().contains("--generate is for decoder (composition) runs"), wrong.err());
    }

    @Test
    void aMissingRunIsAOneLineUserError() {
        CliRun export = raspc("export", "runs/nothing");
        assertEquals(ExitCode.USER_ERROR, export.code());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertTrue(export.err().contains("no run folder runs/nothing"), export.err());
    }
}
