package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line as a user meets it, run in-process with captured output. */
class CliTest {
    static final String REVERSE = "reverse = aggregate(select(indices, length - indices - 1, ==), tokens);\n";

    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private CliRun raspc(Map<String, String> env, String... args) {
        return CliRun.in(dir, env, args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = raspc("--help");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("Usage: raspc"), r.out());
        for (String command : new String[] {"repl", "run", "eval", "draw", "bench"}) {
            assertTrue(r.out().contains("  " + command + " "), "help mentions " + command + ":\n" + r.out());
        }
    }

    @Test
    void subcommandHelp() {
        CliRun r = raspc("eval", "--help");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("Usage: raspc eval"), r.out());
        assertTrue(r.out().contains("NAME"));
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        CliRun r = raspc("help", "run");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("Usage: raspc run"), r.out());
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun r = raspc("--version");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().matches("raspc \\d+\\.\\d+\\.\\d+\\S*\n"), r.out());
        assertEquals(r.out(), raspc("run", "--version").out());
    }

    @Test
    void badOptionIsAUserError() {
        CliRun r = raspc("--frobnicate");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("Try 'raspc --help'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        CliRun r = raspc("evl", "x.rasp", "reverse", "abc");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("eval"), r.err());
    }

    @Test
    void missingParameterIsAUserError() {
        CliRun r = raspc("eval", "x.rasp", "reverse");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
        assertTrue(r.err().contains("Try 'raspc eval --help'"), r.err());
    }

    @Test
    void runPrintsEachStatementsOutput() throws IOException {
        write("prog.rasp", REVERSE + "reverse(\"abc\");\nn = 3;\n");
        CliRun r = raspc("run", "prog.rasp");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("[c, b, a]"), r.out());
        assertTrue(r.out().contains("n = "), r.out());
    }

    @Test
    void runStopsAtASyntaxErrorBeforeRunningAnything() throws IOException {
        write("bad.rasp", "a = 1;\nb = a +;\n");
        CliRun r = raspc("run", "bad.rasp");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("bad.rasp:2:8: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void runReportsARuntimeErrorAndGoesOn() throws IOException {
        write("oops.rasp", "a = 1;\nb = nope + 1;\nc = a + 1;\n");
        CliRun r = raspc("run", "oops.rasp");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("oops.rasp:2:"), r.err());
        assertTrue(r.err().contains("nope"), r.err());
        assertTrue(r.out().contains("c = "), "the statement after the error ran:\n" + r.out());
        assertFalse(r.out().contains("b = "), r.out());
    }

    @Test
    void runOfAMissingFile() {
        CliRun r = raspc("run", "nowhere.rasp");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("cannot read nowhere.rasp: no such file\n", r.err());
    }

    @Test
    void evalPrintsOneJsonObjectPerInput() throws IOException {
        write("reverse.rasp", REVERSE + "reverse(\"this output is discarded\");\n");
        CliRun r = raspc("eval", "reverse.rasp", "reverse", "hello", "ab");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("{\"input\":\"hello\",\"output\":[\"o\",\"l\",\"l\",\"e\",\"h\"],\"type\":\"strings\"}\n"
                + "{\"input\":\"ab\",\"output\":[\"b\",\"a\"],\"type\":\"strings\"}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void evalOfAnUnknownNameIsAUserError() throws IOException {
        write("reverse.rasp", REVERSE);
        CliRun r = raspc("eval", "reverse.rasp", "nothing_here", "abc");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("nothing_here"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void runStopsAtExit() throws IOException {
        write("exits.rasp", "a = 1;\nexit\nb = 2;\n");
        CliRun r = raspc("run", "exits.rasp");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("a = "), r.out());
        assertFalse(r.out().contains("b = "), r.out());
    }

    @Test
    void drawWritesTheDotFileAndSaysSo() throws IOException {
        write("reverse.rasp", REVERSE);
        CliRun r = raspc("draw", "reverse.rasp", "reverse", "--input", "abc", "--out", "pictures");
        assertEquals(ExitCode.OK, r.code(), r.err());
        Path dot = dir.resolve("pictures/reverse.dot");
        assertTrue(r.out().startsWith("wrote " + dot), r.out());
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph \"reverse\""), text);
        assertTrue(text.contains("label=\"reverse\\n[c, b, a] (strings)\""), text);
    }

    @Test
    void drawNeedsAnSop() throws IOException {
        write("values.rasp", "n = 3;\n");
        CliRun notSop = raspc("draw", "values.rasp", "n");
        assertEquals(ExitCode.USER_ERROR, notSop.code());
        assertEquals("draw: n is a int, not an s-op\n", notSop.err());
        CliRun missing = raspc("draw", "values.rasp", "m");
        assertEquals(ExitCode.USER_ERROR, missing.code());
        assertEquals("draw: m is not defined in values.rasp\n", missing.err());
    }

    @Test
    void benchPrintsAFigurePerProgram() {
        CliRun r = raspc("bench", "--seconds", "0.05");
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        for (String line : lines.subList(1, 5)) {
            assertTrue(line.matches("\\S+\\s+\\d+ evals/s\\s+[\\d.]+ us/eval"), line);
        }
        assertEquals(ExitCode.USER_ERROR, raspc("bench", "--seconds", "0").code());
        assertEquals(ExitCode.USER_ERROR, raspc("bench", "--seconds", "soon").code());
    }

    @Test
    void benchTrainTimesAnEpochAndSaysWhyThePeerDidNotRun() {
        CliRun r = raspc("bench", "--train", "--samples", "60", "--python", dir.resolve("no-such-python").toString(),
                "--seconds", "0.05", "--dataset-samples", "200");
        assertEquals(ExitCode.OK, r.code(), r.err());
        // the evaluator's and dataset generation's figures come in the same output
        assertEquals(4, r.out().lines().filter(l -> l.matches(" +\\S+ +\\d+ evals/s +[\\d.]+ us/eval")).count(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("dataset: 200 sort_by_freq_26_with_attns samples written in .*")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("raspc +[\\d.]+ s per epoch .*train loss [\\d.]+.*")), r.out());
        assertTrue(r.out().contains("PyTorch  not run: " + dir.resolve("no-such-python") + " cannot be started"), r.out());
        assertFalse(r.out().contains("as fast as"), r.out());
        assertEquals(ExitCode.USER_ERROR, raspc("bench", "--train", "--samples", "0").code());
        assertEquals(ExitCode.USER_ERROR, raspc("bench", "--train", "--threads", "0").code());
        assertEquals(ExitCode.USER_ERROR, raspc("bench", "--train", "--dataset-samples", "0").code());
    }

    @Test
    void replIsTheDefaultCommand() {
        StringWriter out = new StringWriter();
        Io io = Io.piped(new ByteArrayInputStream("1 + 2;\n".getBytes()), dir);
        assertEquals(ExitCode.OK, Cli.execute(io, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().startsWith("raspc "), out.toString());
        assertTrue(out.toString().contains("3"), out.toString());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the evaluator broke");
        }
    }

    private CliRun boom(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(new Io(new ByteArrayInputStream(new byte[0]), false, env, dir),
                new PrintWriter(out), new PrintWriter(err));
        cli.addSubcommand(new CommandLine(new Boom()));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithoutStackTrace() {
        CliRun r = boom(Map.of(), "boom");
        assertEquals(ExitCode.INTERNAL_ERROR, r.code());
        assertTrue(r.err().startsWith("internal error: java.lang.IllegalStateException: the evaluator broke\n"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun flag = boom(Map.of(), "--debug", "boom");
        assertEquals(ExitCode.INTERNAL_ERROR, flag.code());
        assertTrue(flag.err().contains("\tat raspc.repl.CliTest$Boom.call"), flag.err());
        CliRun env = boom(Map.of("RASPC_DEBUG", "1"), "boom");
        assertTrue(env.err().contains("\tat raspc.repl.CliTest$Boom.call"), env.err());
    }

    @Test
    void debugOptionIsAcceptedAfterTheSubcommand() throws IOException {
        write("ok.rasp", "a = 1;\n");
        assertEquals(ExitCode.OK, raspc("run", "--debug", "ok.rasp").code());
    }
}
