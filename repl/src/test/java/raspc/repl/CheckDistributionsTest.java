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

/** check on other lengths and other token frequencies than trained, one named row per distribution. */
class CheckDistributionsTest {
    private static final String RUN = "runs/hist_10/h";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        CliRun r = CliRun.in(dir, "train", "hist_10", "--max-length", "5", "--dim", "16", "--epochs", "1",
                "--train-size", "200", "--valid-size", "50", "--test-size", "50", "--run-id", "h");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    @Test
    void eachLengthAndTokenDistributionIsARow() throws Exception {
        CliRun table = CliRun.in(dir, "check", RUN, "--lengths", "1..5", "--lengths", "6..8", "--tokens", "trained,few:1",
                "--count", "40");
        assertEquals(ExitCode.OK, table.code(), table.err());
        String out = table.out();
        assertTrue(out.contains("on 40 fresh samples per distribution"), out);
        for (String row : new String[] {"lengths 1..5, as trained", "lengths 1..5, 1 distinct", "lengths 6..8, as trained",
                "lengths 6..8, 1 distinct"}) {
            assertTrue(out.contains(row), row + " in\n" + out);
        }
        CliRun json = CliRun.in(dir, "check", RUN, "--tokens", "zipf:2,few", "--count", "40", "--json");
        assertEquals(ExitCode.OK, json.code(), json.err());
        JsonNode reports = Json.mapper().readTree(json.out());
        assertEquals(2, reports.size());
        assertEquals("zipf 2", reports.get(0).get("tokens").asText());
        assertEquals(5, reports.get(1).get("max_length").asInt(), "the training lengths when --lengths is not given");
        assertEquals(40, reports.get(1).get("metrics").get("samples").asInt());
    }

    @Test
    void oneDistributionReadsAsBefore() {
        CliRun one = CliRun.in(dir, "check", RUN, "--tokens", "few:2", "--count", "30");
        assertEquals(ExitCode.OK, one.code(), one.err());
        assertTrue(one.out().contains("on 30 fresh samples of lengths 1..5, tokens 2 distinct (seed 12345)"), one.out());
    }

    @Test
    void aStructuredTaskOrAnUnknownDistributionIsAOneLineError() {
        CliRun unknown = CliRun.in(dir, "check", RUN, "--tokens", "skewed");
        assertEquals(ExitCode.USER_ERROR, unknown.code());
        assertTrue(unknown.err().contains("--tokens: unknown token distribution 'skewed'; use trained, zipf[:S] or few[:K]"),
                unknown.err());
        CliRun dyck = CliRun.in(dir, "train", "dyck1_ptf", "--max-length", "4", "--dim", "16", "--epochs", "1",
                "--train-size", "100", "--valid-size", "20", "--test-size", "20", "--run-id", "d");
        assertEquals(ExitCode.OK, dyck.code(), dyck.err());
        CliRun refused = CliRun.in(dir, "check", "runs/dyck1_ptf/d", "--tokens", "zipf", "--count", "10");
        assertEquals(ExitCode.USER_ERROR, refused.code(), refused.out());
        assertTrue(refused.err().contains("does not draw its input tokens independently"), refused.err());
        assertFalse(refused.err().contains("\tat "), refused.err());
    }
}
