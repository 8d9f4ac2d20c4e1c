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

/** probe, ablate, patch and embeddings on one train-compose run, on the command line and in the REPL. */
class CompositionInspectCommandsTest {
    private static final String RUN = "runs/small_random_2_step/c";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() throws Exception {
        Files.writeString(dir.resolve("c.rasp"), "composition small { alphabet = 4; length = 3; levels = 2; functions = 1;"
                + " train = 300; valid = 40; eval = 2; }\n");
        CliRun r = CliRun.in(dir, "train-compose", "c.rasp", "--task", "small_random_2_step", "--steps", "60", "--dim", "16",
                "--checkpoints", "1", "--run-id", "c");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    private static CliRun raspc(String... args) {
        return CliRun.succeeded(dir, args);
    }

    @Test
    void probeLooksForEveryLevelsOutputWhereTheModelWrites() throws Exception {
        CliRun table = raspc("probe", RUN, "--count", "40");
        // 2 outputs of 3 tokens written per document
        assertTrue(table.out().contains("linear probes of small_random_2_step (run c): 40 samples, 240 rows"), table.out());
        for (String target : new String[] {"f0(x)", "f1(..f0(x)) = y", "token written", "input x[i]", "function applied"}) {
            assertTrue(table.out().contains(target), target + " in\n" + table.out());
        }
        JsonNode json = Json.mapper().readTree(raspc("probe", RUN, "--count", "40", "--json").out());
        assertEquals(3, json.get("stages").asInt());
        assertTrue(json.get("planned_layers").isNull());
        Files.writeString(dir.resolve("x.rasp"), "y = tokens;\n");
        assertUserError(CliRun.in(dir, "probe", RUN, "--sop", "x.rasp:y"), "is a composition variant");
    }

    @Test
    void ablateScoresEachWrittenOutputTeacherForced() throws Exception {
        CliRun table = raspc("ablate", RUN, "--modes", "mean,uniform", "--png", "pics");
        assertTrue(table.out().contains("ablation of small_random_2_step (run c), 4 evaluation documents"), table.out());
        assertTrue(table.out().contains("teacher-forced on the answer: loss"), table.out());
        assertTrue(table.out().contains("L1.H0      uniform"), table.out());
        assertTrue(Files.size(dir.resolve("pics/ablation.png")) > 0);
        JsonNode json = Json.mapper().readTree(raspc("ablate", RUN, "--modes", "zero", "--json").out());
        assertEquals(4, json.get("rows").size());
        assertTrue(json.get("baseline").get("step_accuracy").get("f0").isNumber());
        assertTrue(json.get("rows").get(0).get("ablated").get("step_accuracy").get("f1").isNumber());
        // 2 of the 4 compositions were seen in training: one evaluation document of each
        CliRun unseen = raspc("ablate", RUN, "--modes", "mean", "--compositions", "unseen");
        assertTrue(unseen.out().contains("ablation of small_random_2_step (run c), 2 evaluation documents"), unseen.out());
        assertUserError(CliRun.in(dir, "ablate", RUN, "--compositions", "some"), "use all, seen or unseen");
    }

    @Test
    void patchChangesATaskTokenOrADataToken() throws Exception {
        CliRun table = raspc("patch", RUN, "--pairs", "16", "--png", "patched");
        assertTrue(table.out().contains("task-token corruption of evaluation documents (seed 0), 16 pairs"), table.out());
        assertTrue(table.out().contains("on the answer tokens the corruption changes"), table.out());
        assertTrue(table.out().contains("x[0]") && table.out().contains("f1[1]"), table.out());
        assertTrue(Files.size(dir.resolve("patched/patch-residual.png")) > 0);
        JsonNode json = Json.mapper().readTree(raspc("patch", RUN, "--pairs", "16", "--corruption", "data-token", "--json")
                .out());
        assertEquals(2, json.get("heads").size());
        assertEquals(3 * 14, json.get("residual").size()); // 3 stages x the 14 positions read
        CliRun pair = raspc("patch", RUN, "--clean", "T0_1 T1_1 X0 X1 X2", "--corrupt", "T0_1 T1_0 X0 X1 X2");
        assertTrue(pair.out().contains("clean T0_1 T1_1 X0 X1 X2 vs corrupted T0_1 T1_0 X0 X1 X2, 1 pair"), pair.out());
        assertUserError(CliRun.in(dir, "patch", RUN, "--pairs", "4", "--corruption", "shuffle"),
                "use task-token or data-token");
        assertUserError(CliRun.in(dir, "patch", RUN, "--clean", "T0_1 T1_7 X0 X1 X2", "--corrupt", "T0_1 T1_0 X0 X1 X2"),
                "'T1_7' is not a task token");
    }

    @Test
    void embeddingsLabelTaskAndDataTokensAndPositionsByRole() throws Exception {
        CliRun table = raspc("embeddings", RUN, "--png", "emb");
        assertTrue(table.out().contains("4 evaluation documents, teacher forced: answer token accuracy"), table.out());
        assertTrue(table.out().contains("T1_1 ") && table.out().contains("X3 "), table.out());
        assertTrue(Files.size(dir.resolve("emb/embeddings-tokens.png")) > 0);
        JsonNode json = Json.mapper().readTree(raspc("embeddings", RUN, "--json").out());
        assertEquals(14, json.get("positions").get("points").size());
        assertEquals("T0", json.get("positions").get("points").get(1).get("label").asText());
    }

    @Test
    void interveneSaysWhatToUseInstead() {
        assertUserError(CliRun.in(dir, "intervene", RUN, "--token", "X1"), "raspc patch --corruption task-token");
    }

    @Test
    void theReplRunsThem() {
        String script = "probe " + RUN + " count=20\npatch " + RUN + " clean=\"T0_1 T1_1 X0 X1 X2\" corrupt=\"T0_0 T1_1 X0 X1 X2\"\n"
                + "ablate " + RUN + " modes=mean\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false, Map.of(), dir);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), new String[0]);
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(out.toString().contains("linear probes of small_random_2_step (run c): 20 samples"), out + "\n" + err);
        assertTrue(out.toString().contains("clean T0_1 T1_1 X0 X1 X2 vs corrupted T0_0 T1_1 X0 X1 X2, 1 pair"),
                out + "\n" + err);
        assertTrue(out.toString().contains("L0.MLP     mean"), out + "\n" + err);
    }
}
