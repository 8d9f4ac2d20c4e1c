package raspc.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition commands as a user runs them: peep, dataset, train-compose, compose. */
class ComposeCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private String study() throws Exception {
        Files.writeString(dir.resolve("c.rasp"), "composition small { alphabet = 4; length = 3; levels = 2; functions = 1;"
                + " train = 300; valid = 40; eval = 2; }\n");
        return "c.rasp";
    }

    @Test
    void peepAndDatasetShowPromptsAndIds() throws Exception {
        CliRun peep = raspc("peep", study(), "--task", "small_random_2_step", "--stop", "1");
        assertEquals(ExitCode.OK, peep.code(), peep.err());
        assertTrue(peep.out().startsWith("small_random_2_step: 2 training compositions of 4 in order, 15-token documents"),
                peep.out());
        assertTrue(peep.out().contains("prompt  S T0_"), peep.out());
        CliRun data = raspc("dataset", study(), "--task", "small_base_0_direct", "--size", "5", "--out", "d.jsonl");
        assertEquals(ExitCode.OK, data.code(), data.err());
        var lines = Files.readAllLines(dir.resolve("d.jsonl"), StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).matches("\\{\"composition\":\"T0_[01] T1_[01]\",\"ids\":\\[10,.*\"seen\":true}"), lines.get(0));
        // --size is the number of documents written for the valid and test splits too
        for (String split : new String[] {"valid", "test"}) {
            CliRun few = raspc("dataset", study(), "--task", "small_base_0_direct", "--split", split, "--size", "3",
                    "--out", split + ".jsonl");
            assertEquals(ExitCode.OK, few.code(), few.err());
            assertEquals(3, Files.readAllLines(dir.resolve(split + ".jsonl"), StandardCharsets.UTF_8).size(), split);
        }
    }

    @Test
    void trainComposeThenAnalyse() throws Exception {
        // train on a composition runs train-compose with the same arguments, its own options included
        CliRun r = raspc("train", study(), "--task", "small_random_2_step", "--steps", "20", "--dim", "16",
                "--checkpoints", "2", "--run-id", "t", "--device", "cpu");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("running raspc train-compose"), r.out());
        assertTrue(r.out().contains("generated   token acc"), r.out());
        Path run = dir.resolve("runs/small_random_2_step/t");
        assertTrue(Files.isRegularFile(run.resolve("compositions.jsonl")));
        assertEquals(4, Files.readAllLines(run.resolve("compositions.jsonl")).size());

        CliRun tables = raspc("compose", "runs/small_random_2_step/t", "--weakest", "2");
        assertEquals(ExitCode.OK, tables.code(), tables.err());
        assertTrue(tables.out().contains("accuracy by number of non-identity functions"), tables.out());
        assertTrue(tables.out().contains("generated intermediate outputs, token accuracy per step"), tables.out());
        assertTrue(tables.out().contains("generation over training"), tables.out());

        CliRun prompt = raspc("compose", "runs/small_random_2_step/t", "--prompt", "T0_1 T1_1 X0 X1 X2", "--attention");
        assertEquals(ExitCode.OK, prompt.code(), prompt.err());
        assertTrue(prompt.out().contains("composition T0_1 T1_1"), prompt.out());
        assertTrue(prompt.out().contains("f1 (T1_1)"), prompt.out());
        assertTrue(prompt.out().contains("layer 1 head 0"), prompt.out());
        assertTrue(Files.isRegularFile(run.resolve(ComposeCommand.ATTENTION_PNG)));

        // attention selects, the MLP executes: every head and MLP ablated, each step scored
        CliRun ablation = raspc("compose", "runs/small_random_2_step/t", "--ablate", "--png", "pictures");
        assertEquals(ExitCode.OK, ablation.code(), ablation.err());
        assertTrue(ablation.out().contains("ablation (heads: batch-mean attention pattern"), ablation.out());
        for (String row : new String[] {"intact", "L0.H0", "L0.MLP", "L1.H0", "L1.MLP"}) {
            assertTrue(ablation.out().lines().anyMatch(l -> l.startsWith(row + " ")), row + " in " + ablation.out());
        }
        assertTrue(ablation.out().contains("       f0        f1"), ablation.out());
        assertTrue(Files.isRegularFile(dir.resolve("pictures").resolve(ComposeCommand.ABLATION_PNG)));

        // a composition run resumes on its own data (a finished one is evaluated again)
        CliRun resumed = raspc("train", "--resume", "runs/small_random_2_step/t", "--device", "cpu");
        assertEquals(ExitCode.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("generated   token acc"), resumed.out());

        CliRun bad = raspc("compose", "runs/small_random_2_step/t", "--prompt", "T0_1 T1_7 X0 X1 X2");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertTrue(bad.err().contains("'T1_7' is not a task token"), bad.err());
    }

    @Test
    void lstmBaselineTrainsAndIsAnalysedLikeTheDecoder() throws Exception {
        CliRun r = raspc("train-compose", study(), "--task", "small_random_2_step", "--model", "lstm", "--steps", "20",
                "--dim", "16", "--checkpoints", "2", "--run-id", "l", "--device", "cpu");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("LSTM 2 layers, d = 16"), r.out());
        assertTrue(r.out().contains("generated   token acc"), r.out());
        Path run = dir.resolve("runs/small_random_2_step/l");
        assertTrue(Files.readString(run.resolve("config.json")).contains("LSTM"));
        assertEquals(4, Files.readAllLines(run.resolve("compositions.jsonl")).size());
        CliRun prompt = raspc("compose", "runs/small_random_2_step/l", "--prompt", "T0_1 T1_1 X0 X1 X2");
        assertEquals(ExitCode.OK, prompt.code(), prompt.err());
        assertTrue(prompt.out().contains("f1 (T1_1)"), prompt.out());
        CliRun attention = raspc("compose", "runs/small_random_2_step/l", "--attention");
        assertEquals(ExitCode.USER_ERROR, attention.code());
        assertTrue(attention.err().contains("an LSTM has no attention"), attention.err());
        // the inspection toolkit reads a transformer's heads and residual stream: one line saying so
        for (String tool : new String[] {"probe", "ablate", "embeddings"}) {
            CliRun inspected = raspc(tool, "runs/small_random_2_step/l");
            assertEquals(ExitCode.USER_ERROR, inspected.code(), tool);
            assertTrue(inspected.err().contains("is an LSTM: probe, ablate, patch, embeddings and intervene read"),
                    inspected.err());
            assertFalse(inspected.err().contains("\tat "), inspected.err());
        }
    }
}
