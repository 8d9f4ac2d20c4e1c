package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the REPL exactly as {@code raspc repl < X.in} does (piped standard input) for every
 * transcript in examples/transcripts, and compares its output with {@code X.out} character for
 * character. {@code -Draspc.updateTranscripts=true} rewrites the .out files from the current
 * output instead (then read the differences before keeping them).
 */
class TranscriptTest {
    static final Path TRANSCRIPTS = Path.of(System.getProperty("basedir", "."))
            .resolve("../examples/transcripts").normalize();

    @TestFactory
    Stream<DynamicTest> everyTranscriptReplaysExactly() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(TRANSCRIPTS)) {
            inputs = files.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no transcripts in " + TRANSCRIPTS);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(),
                () -> replay(input)));
    }

    private static void replay(Path input) throws IOException {
        String actual = runRepl(Files.readString(input));
        Path expectedFile = Path.of(input.toString().replaceAll("\\.in$", ".out"));
        if (Boolean.getBoolean("raspc.updateTranscripts")) {
            Files.writeString(expectedFile, actual);
            return;
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile
                + " (run with -Draspc.updateTranscripts=true to create it, then check it)");
        assertEquals(withoutVersion(Files.readString(expectedFile)), withoutVersion(actual));
    }

    /** The output of {@code raspc repl} reading {@code text} from a pipe, in the transcripts' folder. */
    static String runRepl(String text) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = Io.piped(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TRANSCRIPTS);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), "repl");
        assertEquals(ExitCode.OK, code, "exit code; stderr: " + err);
        assertEquals("", err.toString(), "the REPL prints everything on standard output");
        return out.toString();
    }

    /** The banner's version changes with every release; the transcripts should not have to. */
    private static String withoutVersion(String transcript) {
        return transcript.replaceFirst("\\Araspc \\S+\n", "raspc VERSION\n");
    }
}
