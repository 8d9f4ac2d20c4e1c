package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import raspc.compiler.Session;

/** The loop itself, fed by a scripted line source that can also press Ctrl+C. */
class ReplTest {
    static final String CTRL_C = "<Ctrl+C>";

    /** Hands out scripted lines and remembers the prompts it was shown. */
    static final class ScriptedLines implements LineSource {
        final Deque<String> lines;
        final List<String> prompts = new ArrayList<>();

        ScriptedLines(String... lines) {
            this.lines = new ArrayDeque<>(List.of(lines));
        }

        @Override
        public String readLine(String prompt) {
            prompts.add(prompt);
            String line = lines.poll();
            if (CTRL_C.equals(line)) {
                throw new Interrupted();
            }
            return line;
        }
    }

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    private ScriptedLines run(String... lines) throws IOException {
        Session session = new Session(Path.of(".").toAbsolutePath());
        ScriptedLines source = new ScriptedLines(lines);
        StatementRunner runner = new StatementRunner(session, out, out, null, "error: ", false);
        Io io = new Io(new ByteArrayInputStream(new byte[0]), false, Map.of(), Path.of("."));
        new Repl(session, source, runner, new CommandHook(io, session, out, out), out, false).run();
        return source;
    }

    @Test
    void continuationPromptWhileABlockIsOpen() throws IOException {
        ScriptedLines source = run("def f(x) {", "return x + 1;", "}", "f(1);");
        assertEquals(List.of(">> ", ".. ", ".. ", ">> ", ">> "), source.prompts);
        assertTrue(text.toString().contains("value: out =  2"), text.toString());
    }

    /** A dict literal among a call's arguments: the original prints {@code      dict: out = {'a': 1}}. */
    @Test
    void aCallWithADictArgumentRuns() throws IOException {
        run("def g(a){return a;}", "g({\"a\":1});", "g([{\"a\":1}]);");
        String output = text.toString();
        assertFalse(output.contains("error"), output);
        assertTrue(output.contains("     dict: out = {'a': 1}\n"), output);
    }

    @Test
    void ctrlCAbandonsTheStatementButKeepsTheSession() throws IOException {
        ScriptedLines source = run("a = 5;", "def f(x) {", CTRL_C, "f;", "a;");
        assertEquals(List.of(">> ", ">> ", ".. ", ">> ", ">> ", ">> "), source.prompts);
        String output = text.toString();
        assertTrue(output.contains("error: 1:1: Undefined variable: f"), output);
        assertTrue(output.endsWith("    value: a =  5\n\n"), output);
    }

    @Test
    void exitEndsTheSessionAndLaterLinesAreNotRead() throws IOException {
        ScriptedLines source = run("a = 1; exit", "a;");
        assertEquals(List.of("a;"), List.copyOf(source.lines));
        assertFalse(text.toString().contains("error"), text.toString());
    }

    @Test
    void anErrorLeavesTheEnvironmentAsItWas() throws IOException {
        run("x = 1;", "x, y = 2, nope;", "x;");
        String output = text.toString();
        assertTrue(output.contains("error: 1:11: Undefined variable: nope"), output);
        assertTrue(output.endsWith("    value: x =  1\n\n"), output);
    }

    @Test
    void deeplyNestedInputIsAnErrorNotACrash() throws IOException {
        run("a = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ";", "b = 2;");
        String output = text.toString();
        assertTrue(output.contains("error: "), output);
        assertTrue(output.contains("value: b =  2"), output);
    }

    @Test
    void aMistypedCommandIsReportedAtOnceWithASuggestion() throws IOException {
        ScriptedLines source = run("trian reverse_10", "x = 3;");
        assertEquals(List.of(">> ", ">> ", ">> "), source.prompts);
        String output = text.toString();
        assertTrue(output.contains("error: unknown command 'trian'; did you mean 'train'?\n"), output);
        assertTrue(output.contains("value: x =  3"), output);
    }

    @Test
    void raspStartingWithANameIsNotMistakenForACommand() throws IOException {
        ScriptedLines source = run("x = 3;", "tokens(\"abc\");", "def trian(a) {", "  return a;", "}", "trian(1);");
        assertEquals(List.of(">> ", ">> ", ">> ", ".. ", ".. ", ">> ", ">> "), source.prompts);
        assertFalse(text.toString().contains("error"), text.toString());
    }

    @Test
    void historyFileDefaultsToTheHomeFolderAndCanBeMoved() {
        assertEquals(Path.of(System.getProperty("user.home"), ".raspc_history"), ReplCommand.historyFile(Map.of()));
        assertEquals(Path.of("/tmp/h"), ReplCommand.historyFile(Map.of("RASPC_HISTORY", "/tmp/h")));
    }
}
