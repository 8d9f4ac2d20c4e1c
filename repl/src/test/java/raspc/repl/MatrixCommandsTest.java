package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** peep, train-matrix and matrix-study as a user runs them. */
class MatrixCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    /** The test split as train-matrix evaluates on it with the same seed and size: n*n entries, MASK where hidden. */
    @Test
    void datasetWritesTheEntriesAndTheirValues() throws Exception {
        CliRun r = raspc("dataset", "matrix_3_rank1_p30", "--split", "test", "--size", "4", "--out", "m.jsonl");
        assertEquals(ExitCode.OK, r.code(), r.err());
        var lines = Files.readAllLines(dir.resolve("m.jsonl"));
        assertEquals(4, lines.size());
        String entry = "\"(MASK|-?\\d\\.\\d\\d)\"";
        String value = "\"-?\\d\\.\\d\\d\"";
        for (String line : lines) {
            assertTrue(line.matches("\\{\"input\":\\[(" + entry + ",){8}" + entry + "],\"target\":\\[(" + value + ",){8}"
                    + value + "]}"), line);
        }
        assertEquals(ExitCode.OK, raspc("dataset", "matrix_3_rank1_p30", "--split", "test", "--size", "4", "--threads", "1",
                "--out", "again.jsonl").code());
        assertEquals(lines, Files.readAllLines(dir.resolve("again.jsonl")), "deterministic");
    }

    @Test
    void peepPrintsInputMaskAndTarget() throws Exception {
        CliRun r = raspc("peep", "matrix_3_rank1_p50", "--stop", "2");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("sample 0: "), r.out());
        assertTrue(r.out().contains("sample 1: "), r.out());
        assertTrue(r.out().contains("input") && r.out().contains("mask") && r.out().contains("target"), r.out());
    }

    @Test
    void datasetWritesTheMatricesPeepShows() throws Exception {
        CliRun r = raspc("dataset", "matrix_3_rank1_p50", "--size", "4", "--split", "valid", "--out", "m.jsonl");
        assertEquals(ExitCode.OK, r.code(), r.err());
        java.util.List<String> lines = Files.readAllLines(dir.resolve("m.jsonl"));
        assertEquals(4, lines.size());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(1));
        assertEquals(9, json.get("input").size());
        assertEquals(9, json.get("target").size());
        // a masked entry reads MASK; an observed one reads its own target token, the value peep prints
        CliRun peep = raspc("peep", "matrix_3_rank1_p50", "--split", "valid", "--start", "1", "--stop", "2");
        for (int i = 0; i < 9; i++) {
            String input = json.get("input").get(i).asText();
            String target = json.get("target").get(i).asText();
            assertTrue(input.equals("MASK") || input.equals(target), "entry " + i + ": " + input + " vs " + target);
        }
        String first = String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(json.get("target").get(0).asText()));
        assertTrue(peep.out().contains(first), first + " not in\n" + peep.out());
    }

    @Test
    void trainThenStudy() throws Exception {
        // train on a matrix task runs train-matrix with the same arguments
        CliRun r = raspc("train", "matrix_3_rank1_p30", "--dim", "16", "--layers", "1", "--heads", "2",
                "--steps", "60", "--eval-every", "20", "--batch", "16", "--eval-matrices", "32", "--run-id", "a");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("running raspc train-matrix"), r.out());
        assertTrue(r.out().contains("masked MSE"), r.out());
        assertTrue(r.out().contains("run folder: runs/matrix_3_rank1_p30/a"), r.out());
        CliRun s = raspc("matrix-study", "runs/matrix_3_rank1_p30/a", "--matrices", "16");
        assertEquals(ExitCode.OK, s.code(), s.err());
        assertTrue(s.out().contains("nuclear-norm baseline"), s.out());
        assertTrue(s.out().contains("activation patching"), s.out());
        for (String section : new String[] {"linear probes of", "ablation of", "position permutation, masked MSE",
            "copy check (MASK shown as 0.50)", "attention maps: random masks"}) {
            assertTrue(s.out().contains(section), section + " in\n" + s.out());
        }
        for (String f : new String[] {"matrix-study.json", "matrix-curve.png", "matrix-baseline.png",
            "matrix-attention-before.png", "matrix-attention-after.png", "matrix-attention-before-row.png",
            "matrix-attention-after-diagonal.png", "matrix-before-probe.png", "matrix-after-ablation.png",
            "matrix-after-patch-heads.png", "matrix-before-embeddings-tokens.png"}) {
            assertTrue(Files.size(dir.resolve("runs/matrix_3_rank1_p30/a").resolve(f)) > 0, f);
        }
    }

    @Test
    void structuredMasksAreChosenByName() throws Exception {
        CliRun r = raspc("train-matrix", "matrix_3_rank1_p30", "--dim", "16", "--layers", "1", "--heads", "2",
                "--steps", "60", "--eval-every", "20", "--batch", "16", "--eval-matrices", "32", "--run-id", "b");
        assertEquals(ExitCode.OK, r.code(), r.err());
        CliRun s = raspc("matrix-study", "runs/matrix_3_rank1_p30/b", "--matrices", "16", "--attention-masks", "column");
        assertEquals(ExitCode.OK, s.code(), s.err());
        Path run = dir.resolve("runs/matrix_3_rank1_p30/b");
        assertTrue(Files.exists(run.resolve("matrix-attention-before-column.png")));
        assertTrue(!Files.exists(run.resolve("matrix-attention-before.png")), "only the masks asked for");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.resolve("matrix-study.json").toFile());
        assertEquals("column", json.get("stages").get(0).get("attention").get(0).get("mask").asText());
        // a matrix run resumes on its recorded stream (a finished one is evaluated again)
        CliRun resumed = raspc("train", "--resume", "runs/matrix_3_rank1_p30/b");
        assertEquals(ExitCode.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("run folder: runs/matrix_3_rank1_p30/b"), resumed.out());
        CliRun bad = raspc("matrix-study", "runs/matrix_3_rank1_p30/b", "--attention-masks", "stripes");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("unknown mask 'stripes'; use random, row, column or diagonal"), bad.err());
    }

    @Test
    void mistakesAreOneLineUserErrors() throws Exception {
        CliRun rank = raspc("train-matrix", "matrix_4_rank9_p30");
        assertEquals(ExitCode.USER_ERROR, rank.code());
        assertTrue(rank.err().contains("the rank of a 4 x 4 matrix must be in 1..4, got 9"), rank.err());
        CliRun name = raspc("train-matrix", "reverse_10");
        assertEquals(ExitCode.USER_ERROR, name.code());
        assertTrue(name.err().contains("is not a matrix task"), name.err());
        CliRun missing = raspc("matrix-study", "runs/nothing");
        assertEquals(ExitCode.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("no run folder runs/nothing"), missing.err());
    }
}
