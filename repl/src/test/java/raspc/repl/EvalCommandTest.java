package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code raspc eval} and {@code raspc run} read files as the original's {@code load} does: a
 * failing statement is a warning and the rest is defined; the running example can be set first.
 */
class EvalCommandTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFailingStatementIsAWarningAndTheRestIsDefined() throws IOException {
        // The original's load of such a file: "!!ignoring input: Error: Undefined variable: nope",
        // then the next assignment is made. Before: "broken.rasp:2:5: ..." and exit 1, nothing defined.
        write("broken.rasp", "a = 1;\nb = nope;\n" + CliTest.REVERSE);
        CliRun r = raspc("eval", "broken.rasp", "reverse", "ab");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("warning: broken.rasp:2:5: Undefined variable: nope\n", r.err());
        assertEquals("{\"input\":\"ab\",\"output\":[\"b\",\"a\"],\"type\":\"strings\"}\n", r.out());
    }

    @Test
    void aSyntaxErrorStillRejectsTheWholeFile() throws IOException {
        write("syntax.rasp", CliTest.REVERSE + "b = ;\n");
        CliRun r = raspc("eval", "syntax.rasp", "reverse", "ab");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("syntax.rasp:2:5: unexpected ';', expected an expression\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void exampleIsSetBeforeTheFileRuns() throws IOException {
        write("ints.rasp", "tokens = tokens_int;\ndoubled = (tokens + 0) * 2;\n");
        // The original, loading it under "hello": "something went wrong: invalid literal for int()
        // with base 10: 'h'", and so on for each statement that uses tokens.
        CliRun hello = raspc("eval", "ints.rasp", "doubled", "[1]");
        assertEquals(ExitCode.USER_ERROR, hello.code());
        assertEquals("warning: ints.rasp:1:10: invalid literal for int() with base 10: 'h' (on the s-op example \"hello\")\n"
                + "warning: ints.rasp:2:19: can only concatenate str (not \"int\") to str (on the s-op example \"hello\")\n"
                + "Undefined variable: doubled\n", hello.err());
        CliRun ints = raspc("eval", "--example", "[1, 2, 3]", "ints.rasp", "doubled", "[4, 5]");
        assertEquals(ExitCode.OK, ints.code(), ints.err());
        assertEquals("{\"input\":\"[4, 5]\",\"output\":[8,10],\"type\":\"ints\"}\n", ints.out());
        CliRun bad = raspc("eval", "--example", "[1, [2]]", "ints.rasp", "doubled", "[4]");
        assertEquals(ExitCode.USER_ERROR, bad.code());
        assertEquals("--example: bad input [1, [2]]: elements must be ints, floats, bools or strings\n", bad.err());
    }

    @Test
    void aFileMaySetTheExampleForEvalAndRun() throws IOException {
        write("setex.rasp", "set example [1, 2, 3]\ntokens = tokens_int;\ndoubled = tokens * 2;\n");
        CliRun eval = raspc("eval", "setex.rasp", "doubled", "[4]");
        assertEquals(ExitCode.OK, eval.code(), eval.err());
        assertEquals("{\"input\":\"[4]\",\"output\":[8],\"type\":\"ints\"}\n", eval.out());
        CliRun run = raspc("run", "setex.rasp");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("     s-op: doubled", run.out().lines().toList().get(2));
    }

    @Test
    void aFailingInputPrintsItsErrorAndTheOthersGoOn() throws IOException {
        write("half.rasp", "set example [2]\nhalf = tokens_int / 2;\n");
        // before: the error of "ab" alone, and no output for [2] or [4]
        CliRun r = raspc("eval", "half.rasp", "half", "[2]", "ab", "[4]");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("{\"input\":\"[2]\",\"output\":[1.0],\"type\":\"floats\"}\n"
                + "{\"input\":\"ab\",\"error\":\"invalid literal for int() with base 10: 'a'\"}\n"
                + "{\"input\":\"[4]\",\"output\":[2.0],\"type\":\"floats\"}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void runReportsTheSkippedStatementsOfTheFilesItLoads() throws IOException {
        write("lib.rasp", "a = 1;\nb = nope;\nc = 3;\n");
        write("main.rasp", "load \"lib\";\nd = a + c;\n");
        CliRun r = raspc("run", "main.rasp");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("warning: lib.rasp:2:5: Undefined variable: nope\n", r.err().replace(dir.toString() + "/", ""));
        assertEquals("    value: d =  4", r.out().lines().toList().get(2));
    }
}
