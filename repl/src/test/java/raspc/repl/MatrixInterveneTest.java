package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.run.Json;

/** intervene on a train-matrix run: masked entries shown as a value token instead of MASK. */
class MatrixInterveneTest {
    private static final String RUN = "runs/matrix_3_rank1_p30/m";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        CliRun r = CliRun.in(dir, "train-matrix", "matrix_3_rank1_p30", "--steps", "40", "--dim", "16", "--layers", "1",
                "--heads", "2", "--eval-every", "20", "--eval-matrices", "16", "--run-id", "m");
        assertEquals(ExitCode.OK, r.code(), r.err());
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
