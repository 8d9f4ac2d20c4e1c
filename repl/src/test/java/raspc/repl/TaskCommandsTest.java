package raspc.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task-level commands as a user runs them: plan, peep, dataset, sensitivity, train, check, draw-attention, plot. */
class TaskCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private static Path languages(String file) {
        return raspc.compiler.task.TaskFolders.bundled().resolve(file);
    }

    @Test
    void planPrintsLayersHeadsAndSelectors() {
        CliRun r = raspc("plan", languages("hist2.rasp").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("hist2: 2 layers, 2 heads"), r.out());
        assertTrue(r.out().contains("head 1: same_token and select(indices, indices, <)"), r.out());
        CliRun named = raspc("plan", languages("reverse.rasp").toString(), "flip");
        assertEquals(ExitCode.USER_ERROR, named.code());
        assertTrue(named.err().contains("not an s-op"), named.err());

        CliRun task = raspc("plan", "sort_26_bos");
        assertEquals(ExitCode.OK, task.code(), task.err());
        assertTrue(task.out().startsWith("sorted: 2 layers, 1 head"), task.out());
        CliRun bool = raspc("plan", "parity_10");
        assertEquals(ExitCode.USER_ERROR, bool.code());
        assertTrue(bool.err().contains("no layer/head plan"), bool.err());
    }

    @Test
    void peepUsesTheOriginalFormat() {
        CliRun r = raspc("peep", "sort_10_bos_with_attns", "--stop", "1", "--split", "valid");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("=================\n§"), r.out());
        assertTrue(r.out().contains("layer 1 head 0 :"), r.out());
        CliRun bad = raspc("peep", "sort_11");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("did you mean"), bad.err());
    }

    @Test
    void datasetWritesJsonLinesAtomically() throws Exception {
        CliRun r = raspc("dataset", "hist_10_with_attns", "--split", "test", "--size", "20", "--out", "h.jsonl");
        assertEquals(ExitCode.OK, r.code(), r.err());
        var lines = Files.readAllLines(dir.resolve("h.jsonl"), StandardCharsets.UTF_8);
        assertEquals(20, lines.size());
        assertTrue(lines.get(0).contains("\"attention\":[{\"layer\":0,\"head\":0,\"rows\":["), lines.get(0));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void sensitivityOfBooleanTasksIsExact() {
        CliRun r = raspc("sensitivity", "majority_5", "--json");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"average_sensitivity\" : 1.875"), r.out());
        assertTrue(r.out().contains("\"method\" : \"exact\""), r.out());
        assertEquals(ExitCode.USER_ERROR, raspc("sensitivity", "parity").code());
    }

    /** --bf16 reaches PyTorch and log.txt; the next train in the same process is float32 again. */
    @Test
    void bf16IsPerRunAndLogged() throws Exception {
        String[] tiny = {"train", "reverse_10", "--max-length", "4", "--train-size", "100", "--valid-size", "50", "--test-size",
                "50", "--epochs", "1", "--dim", "8"};
        CliRun reduced = raspc(concat(tiny, "--bf16", "--run-id", "bf16"));
        assertEquals(ExitCode.OK, reduced.code(), reduced.out() + reduced.err());
        CliRun full = raspc(concat(tiny, "--run-id", "fp32"));
        assertEquals(ExitCode.OK, full.code(), full.out() + full.err());
        String bf16Log = Files.readString(dir.resolve("runs/reverse_10/bf16/log.txt"));
        String fp32Log = Files.readString(dir.resolve("runs/reverse_10/fp32/log.txt"));
        assertTrue(bf16Log.contains("matmuls bf16 inputs, float32 accumulation"), bf16Log);
        assertTrue(fp32Log.contains("matmuls float32"), fp32Log);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void trainCheckDrawAndPlotARun() throws Exception {
        CliRun t = raspc("train", "reverse_10", "--max-length", "5", "--train-size", "400", "--epochs", "2", "--dim", "16",
                "--run-id", "r1");
        assertEquals(ExitCode.OK, t.code(), t.out() + t.err());
        Path run = dir.resolve("runs/reverse_10/r1");
        for (String f : new String[] {"config.json", "task.json", "model.params", "metrics.jsonl", "report.json", "curves.png"}) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        assertTrue(t.out().contains("curves: runs/reverse_10/r1/curves.png"), t.out());

        CliRun c = raspc("check", "runs/reverse_10/r1", "--lengths", "2..4", "--count", "50");
        assertEquals(ExitCode.OK, c.code(), c.err());
        assertTrue(c.out().contains("50 fresh samples of lengths 2..4"), c.out());

        CliRun d = raspc("draw-attention", "--sequence", "abcde");
        assertEquals(ExitCode.OK, d.code(), d.err());
        assertTrue(d.out().contains("using the most recent run: runs/reverse_10/r1"), d.out());
        assertTrue(d.out().contains("reference:     e d c b a"), d.out());
        Path maps = dir.resolve("maps/reverse_10/abcde/r1");
        assertTrue(Files.isRegularFile(maps.resolve("in_out.txt")));
        for (int layer = 0; layer < 2; layer++) {
            assertNotNull(ImageIO.read(maps.resolve("layer" + layer + "-probabilities.png").toFile()));
            assertNotNull(ImageIO.read(maps.resolve("layer" + layer + "-scores.png").toFile()));
            assertTrue(Files.isRegularFile(maps.resolve("layer" + layer + "-probabilities-target.png")), "planned heads are overlaid");
        }
        assertFalse(d.out().contains("longer than any the model was trained on"), d.out());
        CliRun longer = raspc("draw-attention", "runs/reverse_10/r1", "--sequence", "abcdeab");
        assertEquals(ExitCode.OK, longer.code(), longer.err());
        assertTrue(longer.out().contains("note: the input has length 7, longer than any the model was trained on (up to 5)"),
                longer.out());
        CliRun bad = raspc("draw-attention", "runs/reverse_10/r1", "--sequence", "abz!");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("'z', '!'"), bad.err());

        Files.delete(run.resolve("curves.png"));
        CliRun p = raspc("plot", "runs/reverse_10/r1");
        assertEquals(ExitCode.OK, p.code(), p.err());
        assertEquals(1200, ImageIO.read(run.resolve("curves.png").toFile()).getWidth());

        CliRun resumed = raspc("train", "--resume", "runs/reverse_10/r1", "--epochs", "3");
        assertEquals(ExitCode.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("completed 3 epochs"), resumed.out());
    }

    @Test
    void missingRunsAreClearErrors() {
        CliRun r = raspc("check", "runs/nothing");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("no run folder runs/nothing"), r.err());
        CliRun d = raspc("draw-attention", "--sequence", "abc");
        assertEquals(ExitCode.USER_ERROR, d.code());
        assertTrue(d.err().contains("train a model first"), d.err());
        CliRun g = raspc("train", "reverse_10", "--device", "gpu", "--epochs", "1", "--train-size", "10");
        assertEquals(ExitCode.USER_ERROR, g.code());
        assertTrue(g.err().contains("no GPU"), g.err());
    }
}
