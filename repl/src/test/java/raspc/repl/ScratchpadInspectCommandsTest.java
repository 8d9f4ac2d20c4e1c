package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raspc.repl.CliRun.assertUserError;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.run.Json;

/** probe, ablate, patch and embeddings on one scratchpad parity run (train-boolean), on the command line and in the REPL. */
class ScratchpadInspectCommandsTest {
    private static final String RUN = "runs/parity_scratchpad_4/s";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        // a few evaluations' worth: the tools read any weights, converged or not
        raspc("train-boolean", "parity_scratchpad_4", "--dim", "16", "--batch", "64", "--steps", "100", "--eval-every", "50",
                "--eval-inputs", "64", "--run-id", "s");
    }

    private static CliRun raspc(String... args) {
        return CliRun.succeeded(dir, args);
    }

    @Test
    void theToolsOpenAScratchpadRun() throws Exception {
        CliRun probe = raspc("probe", RUN);
        // all 16 inputs, every position the model reads: x1..x4 p1..p3
        assertTrue(probe.out().contains("linear probes of parity_scratchpad_4 (run s): 16 samples, 112 rows"), probe.out());
        for (String target : new String[] {"bit x_i", "prefix parity x1..x_i", "next token (answer)", "bit consumed x_(j+1)"}) {
            assertTrue(probe.out().contains(target), target + " in\n" + probe.out());
        }
        JsonNode json = Json.mapper().readTree(raspc("probe", RUN, "--json").out());
        assertEquals(3, json.get("stages").asInt());
        assertEquals("prefixes", json.get("held_out_by").asText());

        CliRun ablate = raspc("ablate", RUN, "--modes", "zero");
        assertTrue(ablate.out().contains("p1..p3") && ablate.out().contains("L1.MLP     zero"), ablate.out());

        CliRun patch = raspc("patch", RUN, "--pairs", "16", "--png", "pictures");
        assertTrue(patch.out().contains("one input bit flipped in test documents") && patch.out().contains("x4"), patch.out());
        assertTrue(Files.isRegularFile(dir.resolve("pictures/patch-residual.png")));
        JsonNode one = Json.mapper().readTree(raspc("patch", RUN, "--clean", "1011", "--corrupt", "0011", "--json").out());
        assertEquals(1, one.get("pairs").asInt());

        CliRun embeddings = raspc("embeddings", RUN);
        assertTrue(embeddings.out().contains("p3") && embeddings.out().contains("with the positions shuffled"),
                embeddings.out());
    }

    @Test
    void mistakesAreOneLine() {
        assertUserError(CliRun.in(dir, "intervene", RUN, "--token", "1"), "flip one input bit with raspc patch");
        assertUserError(CliRun.in(dir, "patch", RUN, "--pairs", "4", "--corruption", "shuffle"), "corruption is flip-one");
        assertUserError(CliRun.in(dir, "patch", RUN, "--clean", "10", "--corrupt", "11"), "reads 4 input bits");
    }

    @Test
    void theReplRunsThem() {
        String script = "probe " + RUN + "\npatch " + RUN + " clean=1011 corrupt=1001\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false, Map.of(), dir);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), new String[0]);
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(out.toString().contains("linear probes of parity_scratchpad_4 (run s): 16 samples"), out + "\n" + err);
        assertTrue(out.toString().contains("clean 1011 vs corrupted 1001, 1 pair"), out + "\n" + err);
    }
}
