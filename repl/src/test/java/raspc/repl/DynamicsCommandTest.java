package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.StepLoss;

/** --log-every on a training command, and raspc dynamics on what it logged, on the command line and in the REPL. */
class DynamicsCommandTest {
    private static final String RUN = "runs/first_4/logged";

    @TempDir
    static Path dir;

    @BeforeAll
    static void train() {
        CliRun r = CliRun.in(dir, "train-boolean", "first_4", "--dim", "16", "--lr", "3e-3", "--steps", "200",
                "--eval-every", "50", "--full-budget", "--log-every", "10", "--run-id", "logged");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    @Test
    void trainingLogsTheLossEveryNStepsAndDynamicsReadsThem() throws Exception {
        List<EpochMetrics> metrics = RunFolder.open(dir.resolve(RUN)).readMetrics();
        assertEquals(4, metrics.size());
        assertEquals(List.of(60L, 70L, 80L, 90L, 100L), metrics.get(1).stepLosses().stream().map(StepLoss::step).toList());
        CliRun r = CliRun.in(dir, "dynamics", RUN, "--json");
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode report = Json.mapper().readTree(r.out());
        assertTrue(report.get("per_step").asBoolean());
        assertEquals(20, report.get("points").asInt());
        assertEquals(200, report.get("last_step").asInt());
        assertTrue(ImageIO.read(dir.resolve(RUN).resolve("dynamics.png").toFile()).getWidth() > 100);
    }

    /** A resumed run keeps logging at its interval, so its curve does not stop where the first part did. */
    @Test
    void aResumedRunLogsAtTheIntervalItWasTrainedWith() {
        CliRun first = CliRun.in(dir, "train", "reverse_10", "--max-length", "4", "--dim", "16", "--epochs", "1",
                "--train-size", "200", "--valid-size", "20", "--test-size", "20", "--log-every", "2", "--run-id", "res");
        assertEquals(ExitCode.OK, first.code(), first.err());
        CliRun resumed = CliRun.in(dir, "train", "--resume", "runs/reverse_10/res", "--epochs", "2");
        assertEquals(ExitCode.OK, resumed.code(), resumed.err());
        List<EpochMetrics> metrics = RunFolder.open(dir.resolve("runs/reverse_10/res")).readMetrics();
        assertEquals(2, metrics.size());
        assertEquals(2, metrics.get(0).stepLosses().get(0).step());
        List<Long> second = metrics.get(1).stepLosses().stream().map(StepLoss::step).toList();
        assertFalse(second.isEmpty(), "the resumed epoch logs too");
        assertTrue(second.stream().allMatch(s -> s % 2 == 0 && s > metrics.get(0).step()), second.toString());
    }

    /** metrics.jsonl rewritten with a known curve: a plateau at 0.25 until step 300, then a fall to 1e-4 by step 320. */
    @Test
    void aKnownPlateauAndDropAreReportedAndDrawn() throws Exception {
        CliRun copy = CliRun.in(dir, "train-boolean", "first_4", "--dim", "16", "--steps", "1", "--run-id", "known");
        assertEquals(ExitCode.OK, copy.code(), copy.err());
        RunFolder folder = RunFolder.open(dir.resolve("runs/first_4/known"));
        List<StepLoss> losses = new ArrayList<>();
        for (long s = 1; s <= 500; s++) {
            losses.add(new StepLoss(s, s <= 300 ? 0.25 : s >= 320 ? 1e-4 : 0.25 * Math.pow(4e-4, (s - 300) / 20.0), 0));
        }
        folder.writeMetrics(List.of(new EpochMetrics(1, 0.1, 0, 1, 1, 0.1, 1, 1, 1e-3, 1, 1, true, 500, null, losses)));
        CliRun r = CliRun.in(dir, "dynamics", "runs/first_4/known", "--window", "50", "--plateau", "100", "--png", "known.png");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("500 points of the training loss (logged steps), steps 1..500"), r.out());
        assertTrue(r.out().matches("(?s).*1\\.\\.30[0-9] +0\\.2500 +30[0-9] +3[01][0-9] .*"), r.out());
        assertTrue(ImageIO.read(dir.resolve("known.png").toFile()).getWidth() > 100);
    }

    @Test
    void aRunWithoutStepLossesFallsBackToItsRoundsAndMistakesAreOneLine() {
        CliRun plain = CliRun.in(dir, "train-boolean", "first_4", "--dim", "16", "--steps", "100", "--eval-every", "50",
                "--full-budget", "--run-id", "plain");
        assertEquals(ExitCode.OK, plain.code(), plain.err());
        CliRun r = CliRun.in(dir, "dynamics", "runs/first_4/plain");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("2 points of the training loss (one per round; train with --log-every N"), r.out());
        assertTrue(r.out().contains("no abrupt drop"), r.out());

        CliRun band = CliRun.in(dir, "dynamics", RUN, "--factor", "2", "--band", "3");
        assertEquals(ExitCode.USER_ERROR, band.code());
        assertTrue(band.err().contains("the plateau band must be at least 1 and below the drop factor 2.0"), band.err());
        assertFalse(band.err().contains("\tat "), band.err());
        CliRun negative = CliRun.in(dir, "train-boolean", "first_4", "--log-every", "-1");
        assertEquals(ExitCode.USER_ERROR, negative.code());
        assertTrue(negative.err().contains("--log-every must be at least 0, got -1"), negative.err());
    }

    @Test
    void theReplRunsIt() {
        String script = "dynamics " + RUN + " factor=5\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), false, Map.of(), dir);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), new String[0]);
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(out.toString().contains("falls below the plateau level / 5 within"), out + "\n" + err);
        assertTrue(Files.exists(dir.resolve(RUN).resolve("dynamics.png")));
    }
}
