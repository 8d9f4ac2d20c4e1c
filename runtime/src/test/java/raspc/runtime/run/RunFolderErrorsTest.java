package raspc.runtime.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.RunChecker;
import raspc.runtime.testing.ToyTask;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/** Every way a run folder can be unusable gives a RuntimeUserException that says what is wrong. */
class RunFolderErrorsTest {
    @TempDir
    static Path runs;
    static Path good;
    static final ToyTask TASK = ToyTask.reverse(10, 8, 200, 50);

    @TempDir
    Path scratch;

    @BeforeAll
    static void trainATinyRun() {
        good = TrainingSession.train(TASK, new TrainOptions().dim(16).epochs(1).device(DeviceChoice.CPU).runsRoot(runs)
                .runId("good").lengthGeneralisationSamples(0).handleCtrlC(false), TrainingListener.SILENT).runDir();
    }

    private Path copyOfGood() throws IOException {
        Path copy = scratch.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static String messageOf(Runnable action) {
        return assertThrows(RuntimeUserException.class, action::run).getMessage();
    }

    private static void check(Path dir) {
        RunChecker.check(dir, TASK, new RunChecker.LengthRange(1, 8), 10, 1, DeviceChoice.CPU);
    }

    @Test
    void missingFolder() {
        String m = messageOf(() -> check(scratch.resolve("nope")));
        assertTrue(m.contains("does not exist"), m);
    }

    @Test
    void folderWithoutConfig() throws IOException {
        Path dir = Files.createDirectories(scratch.resolve("empty"));
        String m = messageOf(() -> check(dir));
        assertTrue(m.contains("config.json is missing"), m);
    }

    @Test
    void corruptConfig() throws IOException {
        Path dir = copyOfGood();
        Files.writeString(dir.resolve(RunFolder.CONFIG), "{\"task\": \"reverse_10\", \"model\": {");
        String m = messageOf(() -> check(dir));
        assertTrue(m.contains("config.json") && m.contains("corrupt"), m);
    }

    @Test
    void missingModel() throws IOException {
        Path dir = copyOfGood();
        Files.delete(dir.resolve(RunFolder.MODEL));
        String m = messageOf(() -> check(dir));
        assertTrue(m.contains("model.params is missing"), m);
    }

    @Test
    void corruptModel() throws IOException {
        Path dir = copyOfGood();
        Files.write(dir.resolve(RunFolder.MODEL), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        String m = messageOf(() -> check(dir));
        assertTrue(m.contains("model.params") && m.contains("corrupt"), m);
    }

    @Test
    void truncatedModel() throws IOException {
        Path dir = copyOfGood();
        byte[] bytes = Files.readAllBytes(dir.resolve(RunFolder.MODEL));
        Files.write(dir.resolve(RunFolder.MODEL), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String m = messageOf(() -> check(dir));
        assertTrue(m.contains("model.params") && m.contains("corrupt"), m);
    }

    @Test
    void corruptCheckpointOnResume() throws IOException {
        Path dir = copyOfGood();
        Files.writeString(dir.resolve(RunFolder.CHECKPOINT), "garbage");
        String m = messageOf(() -> TrainingSession.resume(dir, TASK, DeviceChoice.CPU, 2, false, 0, TrainingListener.SILENT));
        assertTrue(m.contains("resume.ckpt") && m.contains("corrupt"), m);
    }

    @Test
    void missingCheckpointOnResume() throws IOException {
        Path dir = copyOfGood();
        Files.delete(dir.resolve(RunFolder.CHECKPOINT));
        String m = messageOf(() -> TrainingSession.resume(dir, TASK, DeviceChoice.CPU, 2, false, 0, TrainingListener.SILENT));
        assertTrue(m.contains("cannot be resumed"), m);
    }

    @Test
    void runOfAnotherTask() {
        ToyTask other = ToyTask.sortWithAttention(10, 8, 10, 10);
        String m = messageOf(() -> RunChecker.check(good, other, new RunChecker.LengthRange(1, 8), 10, 1, DeviceChoice.CPU));
        assertTrue(m.contains("was trained on task reverse_10"), m);
    }

    @Test
    void noTemporaryFilesLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(good)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }
}
