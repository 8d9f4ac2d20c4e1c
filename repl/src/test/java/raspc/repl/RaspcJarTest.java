package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program as a user runs it: {@code java -jar target/raspc.jar ...} in a separate
 * process (this test runs in the {@code verify} phase, after the jar and its lib/ are built).
 */
class RaspcJarTest {
    static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target/raspc.jar");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result java(Path workingDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Path in = dir.resolve("stdin");
        Files.writeString(in, stdin);
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "raspc did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndExitCodeZero() throws Exception {
        Result r = java(dir, "", "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("raspc " + VersionProvider.version() + "\n", r.out());
    }

    @Test
    void evalGivesJsonLines() throws Exception {
        Files.writeString(dir.resolve("reverse.rasp"), CliTest.REVERSE);
        Result r = java(dir, "", "eval", "reverse.rasp", "reverse", "hello");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "nothing on standard error (no logging noise either)");
        assertEquals("{\"input\":\"hello\",\"output\":[\"o\",\"l\",\"l\",\"e\",\"h\"],\"type\":\"strings\"}\n", r.out());
    }

    @Test
    void pipedReplReplaysATranscript() throws Exception {
        Path transcripts = TranscriptTest.TRANSCRIPTS;
        Result r = java(transcripts, Files.readString(transcripts.resolve("library.in")), "repl");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(transcripts.resolve("library.out")), r.out());
    }

    @Test
    void userErrorsExitWithOne() throws Exception {
        Files.writeString(dir.resolve("bad.rasp"), "a = ;\n");
        Result syntax = java(dir, "", "run", "bad.rasp");
        assertEquals(1, syntax.code());
        assertEquals("bad.rasp:1:5: ", syntax.err().substring(0, 14));
        assertEquals(1, java(dir, "", "--no-such-option").code());
    }

    /** Ctrl+C: the report of the best checkpoint is written, then the process exits 130 like any Unix tool. */
    @Test
    void anInterruptedTrainingRunExits130AfterItsReport() throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "train",
                "reverse_10", "--max-length", "6", "--train-size", "600", "--dim", "16", "--epochs", "10000",
                "--run-id", "stopped"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            boolean sent = false;
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                if (!sent && line.startsWith("epoch 2/")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                    sent = true;
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "raspc did not finish");
        assertEquals(ExitCode.INTERRUPTED, process.exitValue(), output.toString());
        assertTrue(output.toString().contains("run folder: runs/reverse_10/stopped"), output.toString());
        assertTrue(Files.readString(dir.resolve("runs/reverse_10/stopped/report.json")).contains("\"interrupted\" : true"));
    }

    @Test
    void jarFindsItsDependenciesBesideIt() {
        assertTrue(Files.isDirectory(JAR.resolveSibling("lib")), "target/lib is missing");
        assertTrue(new File(JAR.resolveSibling("lib").toFile(), "picocli-" + picocli.CommandLine.VERSION + ".jar")
                .exists());
    }
}
