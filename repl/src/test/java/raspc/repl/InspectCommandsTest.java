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

/** probe, ablate and patch as a user runs them, on the command line and in the REPL, on a small Boolean run. */
class InspectCommandsTest {
    private static final String RUN = "runs/first_4/a";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        CliRun r = CliRun.in(dir, "train-boolean", "first_4", "--dim", "16", "--lr", "3e-3", "--steps", "400",
                "--eval-every", "50", "--run-id", "a");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    private static CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void probePrintsATableAndJson() throws Exception {
        CliRun table = raspc("probe", RUN, "--count", "200");
        assertEquals(ExitCode.OK, table.code(), table.err());
        assertTrue(table.out().contains("linear probes of first_4 (run a): 200 samples"), table.out());
        assertTrue(table.out().contains("x[0]"), table.out());
        CliRun json = raspc("probe", RUN, "--count", "200", "--json", "--out", "probe.json");
        assertEquals(ExitCode.OK, json.code(), json.err());
        JsonNode report = Json.mapper().readTree(json.out());
        assertEquals(2 * 4, report.get("targets").size());
        assertEquals(3, report.get("stages").asInt(), "embedding and two layers");
        assertEquals(json.out(), Files.readString(dir.resolve("probe.json")));
    }

    @Test
    void ablateAndPatchReportEveryComponent() throws Exception {
        CliRun ablate = raspc("ablate", RUN, "--count", "100", "--modes", "mean", "--json");
        assertEquals(ExitCode.OK, ablate.code(), ablate.err());
        JsonNode rows = Json.mapper().readTree(ablate.out()).get("rows");
        assertEquals(2 * 2 + 2, rows.size(), "two layers of two heads and an MLP, mean ablation only");
        CliRun patch = raspc("patch", RUN, "--pairs", "50", "--json");
        assertEquals(ExitCode.OK, patch.code(), patch.err());
        JsonNode report = Json.mapper().readTree(patch.out());
        assertEquals(4, report.get("heads").size());
        assertEquals(3 * 4, report.get("residual").size());
        // everything downstream of the readout position's last residual is the clean run's
        for (JsonNode cell : report.get("residual")) {
            if (cell.get("row").asInt() == 2 && cell.get("column").asInt() == 3) {
                assertEquals(1.0, cell.get("restored").asDouble(), 1e-5);
            }
        }
    }

    /** A user's s-op equal to the program's own reverse gets the very same scores. */
    @Test
    void probeTakesAUsersSopOnASequenceRun() throws Exception {
        CliRun train = raspc("train", "reverse_10", "--max-length", "4", "--dim", "16", "--epochs", "1", "--train-size", "200",
                "--test-size", "100", "--run-id", "r");
        assertEquals(ExitCode.OK, train.code(), train.err());
        Files.writeString(dir.resolve("mine.rasp"), "backwards = aggregate(select(indices, length - indices - 1, ==), tokens);\n");
        CliRun probe = raspc("probe", "runs/reverse_10/r", "--sop", "mine.rasp:backwards", "--json");
        assertEquals(ExitCode.OK, probe.code(), probe.err());
        JsonNode reverse = null;
        JsonNode mine = null;
        for (JsonNode row : Json.mapper().readTree(probe.out()).get("targets")) {
            if (row.get("target").asText().equals("reverse")) {
                reverse = row;
            } else if (row.get("target").asText().equals("mine.rasp:backwards")) {
                mine = row;
            }
        }
        assertTrue(reverse != null && mine != null, probe.out());
        assertEquals(2, reverse.get("planned_stage").asInt(), "length takes layer 0, the flip layer 1");
        assertTrue(mine.get("planned_stage").isNull(), "the plan does not place a user's s-op");
        assertEquals(reverse.get("by_stage"), mine.get("by_stage"));
    }

    @Test
    void pngDrawsEachReportsGrids() throws Exception {
        CliRun probe = raspc("probe", RUN, "--count", "100", "--png", "pics");
        assertEquals(ExitCode.OK, probe.code(), probe.err());
        assertTrue(probe.out().contains("wrote pics/probe.png"), probe.out());
        CliRun patch = raspc("patch", RUN, "--pairs", "20", "--png", "pics");
        assertEquals(ExitCode.OK, patch.code(), patch.err());
        CliRun ablate = raspc("ablate", RUN, "--count", "50", "--png", "pics", "--json");
        assertEquals(ExitCode.OK, ablate.code(), ablate.err());
        Json.mapper().readTree(ablate.out()); // --json output stays JSON alone
        CliRun embeddings = raspc("embeddings", RUN, "--count", "50", "--png", "pics");
        assertEquals(ExitCode.OK, embeddings.code(), embeddings.err());
        assertTrue(embeddings.out().contains("wrote pics/embeddings-tokens.png"), embeddings.out());
        for (String name : new String[] {"probe", "patch-heads", "patch-residual", "ablation", "embeddings-tokens",
                "embeddings-positions"}) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("pics/" + name + ".png").toFile());
            assertTrue(image != null && image.getWidth() > 100 && image.getHeight() > 50, name);
        }
    }

    @Test
    void mistakesAreOneLineErrors() throws Exception {
        Files.writeString(dir.resolve("extra.rasp"), "twice = 2 * indices;\nsel = select(indices, indices, ==);\n");
        assertUserError(raspc("probe", RUN, "--sop", "extra.rasp:nope"), "--sop extra.rasp:nope: nope is not defined in extra.rasp");
        assertUserError(raspc("probe", RUN, "--sop", "extra.rasp:sel"), "not an s-op");
        assertUserError(raspc("probe", RUN, "--sop", "extra.rasp"), "--sop is FILE:NAME");
        assertUserError(raspc("probe", RUN, "--sop", "extra.rasp:twice"), "first_4 is a Boolean function");
        assertUserError(raspc("probe", "runs/nothing"), "no run folder runs/nothing");
        assertUserError(raspc("ablate", RUN, "--modes", "sideways"), "unknown ablation 'sideways'; use zero, mean or uniform");
        assertUserError(raspc("patch", RUN), "give either --clean X --corrupt Y, or --pairs N");
        assertUserError(raspc("patch", RUN, "--clean", "0110"), "one pair needs both --clean X and --corrupt Y");
        assertUserError(raspc("patch", RUN, "--clean", "0110", "--corrupt", "011"),
                "the clean and corrupted inputs must have the same length, got 4 and 3 tokens");
        assertUserError(raspc("patch", RUN, "--clean", "0110", "--corrupt", "0111"),
                "the corrupted input gives the same outputs as the clean ones");
        assertUserError(raspc("patch", RUN, "--clean", "01x0", "--corrupt", "0111"), "a Boolean task's input is a string of 0s and 1s");
        assertUserError(raspc("intervene", RUN, "--token", "2"), "'2' is not in the input alphabet of first_4");
        assertUserError(raspc("intervene", RUN, "--token", "1", "--position", "-1"), "positions count from 0, got -1");
        assertUserError(raspc("probe", RUN, "--held-out", "1.5"), "the held-out share must lie strictly between 0 and 1");
    }

    @Test
    void theReplRunsThem() {
        String script = "probe " + RUN + " count=100\npatch " + RUN + " clean=0110 corrupt=1110\nintervene " + RUN
                + " token=1 position=0 count=50\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false, Map.of(), dir);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), new String[0]);
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(out.toString().contains("linear probes of first_4 (run a): 100 samples"), out + "\n" + err);
        assertTrue(out.toString().contains("clean 0110 vs corrupted 1110, 1 pair, 1 changed outputs"), out + "\n" + err);
        assertTrue(out.toString().contains("token intervention on first_4 (run a): '1' put at positions [0], 50 test samples"),
                out + "\n" + err);
    }
}
