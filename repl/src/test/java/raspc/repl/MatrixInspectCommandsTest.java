package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.run.Json;

/**
 * probe, ablate, patch, embeddings and intervene (masked entries shown as a value token instead
 * of MASK) on one train-matrix run, as a user runs them.
 */
class MatrixInspectCommandsTest {
    private static final String RUN = "runs/matrix_3_rank1_p30/m";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        CliRun r = CliRun.in(dir, "train-matrix", "matrix_3_rank1_p30", "--steps", "40", "--dim", "16", "--layers", "1",
                "--heads", "2", "--eval-every", "20", "--eval-matrices", "16", "--run-id", "m");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    private static CliRun raspc(String... args) {
        CliRun r = CliRun.in(dir, args);
        assertEquals(ExitCode.OK, r.code(), r.err());
        return r;
    }

    @Test
    void probeLooksForEachEntrysValueAndItsRowsObservations() throws Exception {
        CliRun table = raspc("probe", RUN, "--count", "24");
        assertTrue(table.out().contains("linear probes of matrix_3_rank1_p30 (run m): 24 samples, 216 rows"), table.out());
        for (String target : new String[] {"value [masked]", "value [observed]", "row mean [masked]", "row entry c2 [masked]"}) {
            assertTrue(table.out().contains(target), target + " in\n" + table.out());
        }
        JsonNode json = Json.mapper().readTree(raspc("probe", RUN, "--count", "24", "--json").out());
        assertEquals(2, json.get("stages").asInt());
        assertTrue(json.get("planned_layers").isNull());
    }

    @Test
    void ablateScoresByMaskedEntryMse() throws Exception {
        CliRun table = raspc("ablate", RUN, "--count", "16", "--modes", "zero,mean", "--png", "pics");
        assertTrue(table.out().contains("intact model: masked MSE"), table.out());
        assertTrue(table.out().contains("L0.H1      mean"), table.out());
        assertTrue(Files.size(dir.resolve("pics/ablation.png")) > 0);
        JsonNode json = Json.mapper().readTree(raspc("ablate", RUN, "--count", "16", "--modes", "uniform", "--json").out());
        assertEquals(2, json.get("rows").size()); // the two heads: uniform attention leaves MLPs alone
        assertTrue(json.get("baseline").get("masked_mse").isNumber());
        assertTrue(json.get("rows").get(0).get("masked_mse_change").isNumber());
    }

    @Test
    void patchPairsEachMatrixWithItsNegation() throws Exception {
        CliRun table = raspc("patch", RUN, "--pairs", "16");
        assertTrue(table.out().contains("test matrices X against -X (same mask), 16 pairs"), table.out());
        assertTrue(table.out().contains("over masked entries"), table.out());
        assertTrue(table.out().contains("0,0") && table.out().contains("2,2"), table.out());
        JsonNode json = Json.mapper().readTree(raspc("patch", RUN, "--pairs", "16", "--corruption", "negate", "--json").out());
        assertEquals(2, json.get("heads").size());
        assertEquals(2 * 9, json.get("residual").size());
    }

    @Test
    void embeddingsColourTheValuesAndPermuteThePositions() throws Exception {
        CliRun table = raspc("embeddings", RUN, "--count", "16", "--png", "emb");
        assertTrue(table.out().contains("positions permuted by rows and columns"), table.out());
        assertTrue(table.out().contains("all positions permuted"), table.out());
        assertTrue(table.out().contains("1,2 "), table.out());
        assertTrue(Files.size(dir.resolve("emb/embeddings-tokens.png")) > 0);
        assertTrue(Files.size(dir.resolve("emb/embeddings-positions.png")) > 0);
        JsonNode json = Json.mapper().readTree(raspc("embeddings", RUN, "--count", "16", "--json").out());
        assertEquals(9, json.get("positions").get("points").size());
        assertEquals(202, json.get("tokens").get("points").size()); // MASK and -1.00 .. 1.00
        assertTrue(json.get("rows_and_columns_permuted").get("masked_mse").isNumber());
    }

    @Test
    void sequenceOptionsOnAMatrixRunAreOneLineErrors() {
        CliRun pair = CliRun.in(dir, "patch", RUN, "--clean", "ab", "--corrupt", "ba");
        assertEquals(ExitCode.USER_ERROR, pair.code());
        assertTrue(pair.err().contains("a matrix run is patched in batch mode"), pair.err());
        CliRun shuffle = CliRun.in(dir, "patch", RUN, "--pairs", "4", "--corruption", "shuffle");
        assertEquals(ExitCode.USER_ERROR, shuffle.code());
        assertTrue(shuffle.err().contains("a matrix run's corruption is negate"), shuffle.err());
        CliRun sop = CliRun.in(dir, "probe", RUN, "--count", "8", "--sop", "x.rasp:y");
        assertEquals(ExitCode.USER_ERROR, sop.code());
        assertFalse(sop.err().contains("\tat "), sop.err());
    }

    @Test
    void eachValueIsReportedWithMaskAndWithTheValueShown() throws Exception {
        CliRun table = CliRun.in(dir, "intervene", RUN, "--count", "32");
        assertEquals(ExitCode.OK, table.code(), table.err());
        assertTrue(table.out().contains("masked-entry intervention on matrix_3_rank1_p30 (run m): 32 test matrices"),
                table.out());
        assertTrue(table.out().contains("   +0.50  value "), table.out());
        CliRun json = CliRun.in(dir, "intervene", RUN, "--count", "32", "--value", "0.25", "--json");
        assertEquals(ExitCode.OK, json.code(), json.err());
        JsonNode report = Json.mapper().readTree(json.out());
        assertEquals(1, report.get("rows").size());
        JsonNode row = report.get("rows").get(0);
        assertEquals(0.25, row.get("value").asDouble());
        // MASK shown: the outputs do not depend on the value, so only the value's own distance changes
        assertTrue(row.get("with_mask").get("mse_to_truth").isNumber());
        assertTrue(row.get("with_value").get("closer_to_value").asDouble() >= 0);
    }

    @Test
    void sequenceOptionsOnAMatrixRunAndAValueWithoutTokenAreOneLineErrors() {
        CliRun token = CliRun.in(dir, "intervene", RUN, "--token", "a");
        assertEquals(ExitCode.USER_ERROR, token.code());
        assertTrue(token.err().contains("a matrix run's masked entries are shown as --value V"), token.err());
        CliRun outside = CliRun.in(dir, "intervene", RUN, "--value", "7");
        assertEquals(ExitCode.USER_ERROR, outside.code());
        assertTrue(outside.err().contains("the value 7.0 has no token: values lie in [-"), outside.err());
        assertFalse(outside.err().contains("\tat "), outside.err());
    }
}
