package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import raspc.compiler.Session;
import raspc.grammar.ProgramParser;

class CommandHookTest {
    private final StringWriter out = new StringWriter();
    private final PrintWriter writer = new PrintWriter(out, true);
    private final Session session = new Session(Path.of(".").toAbsolutePath());
    private final CommandHook hook = new CommandHook(
            Io.piped(new ByteArrayInputStream(new byte[0]), Path.of(".")), session, writer, writer);

    @Test
    void ctrlCAbandonsACommandWithOneMessageAndClearsTheInterrupt() {
        Thread.currentThread().interrupt(); // what Ctrl+C does while a command runs
        assertEquals(ExitCode.USER_ERROR, hook.dispatch("peep reverse_10 stop=5"));
        assertTrue(out.toString().contains(Interruption.MESSAGE), out.toString());
        assertFalse(Thread.currentThread().isInterrupted());

        StringWriter err = new StringWriter();
        var cause = new java.io.IOException("interrupted while writing", new InterruptedException());
        assertEquals(ExitCode.USER_ERROR, FailureHandler.report(cause, new PrintWriter(err, true), false));
        assertEquals(Interruption.MESSAGE, err.toString().strip());
    }

    @Test
    void offersEverySubcommandButTheReplAndAddsHelp() {
        assertTrue(hook.names().containsAll(java.util.Set.of("run", "eval", "draw", "bench", "help")));
        assertFalse(hook.names().contains("repl"));
    }

    @Test
    void commandLinesAreRecognised() {
        assertTrue(hook.accepts("run prog.rasp"));
        assertTrue(hook.accepts("  eval prog.rasp reverse hello"));
        assertTrue(hook.accepts("bench --seconds 1"));
        assertTrue(hook.accepts("run"));
        assertTrue(hook.accepts("help"));
        assertTrue(hook.accepts("run -h"));
    }

    @Test
    void raspThatStartsWithACommandNameStaysRasp() {
        assertFalse(hook.accepts("run = 3;"));
        assertFalse(hook.accepts("run  = select(indices,"));
        assertFalse(hook.accepts("run;"));
        assertFalse(hook.accepts("draw(reverse);"));
        assertFalse(hook.accepts("draw(reverse,"));
        assertFalse(hook.accepts("draw (reverse, \"abc\");"));
        assertFalse(hook.accepts("help + 1;"));
        assertFalse(hook.accepts("x = run;"));
        assertFalse(hook.accepts("reverse(\"abc\");"));
    }

    @Test
    void wordsAreSplitLikeAShellDoes() {
        assertEquals(java.util.List.of("draw", "f.rasp", "reverse", "--input", "a b", "", "x'y"),
                CommandHook.words("  draw f.rasp  reverse --input \"a b\" '' \"x'y\" "));
        assertEquals(java.util.List.of("--input=ab c"), CommandHook.words("--input=\"ab c\""));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(ExitCode.OK, hook.dispatch("help"));
        assertTrue(out.toString().contains("  eval "), out.toString());
        assertTrue(out.toString().contains("examples on|off"), out.toString());
    }

    @Test
    void dispatchRunsTheSubcommandWithQuotedArguments() {
        assertEquals(ExitCode.USER_ERROR, hook.dispatch("run \"no such file.rasp\""));
        assertEquals("cannot read no such file.rasp: no such file\n", out.toString());
    }

    @Test
    void settingsBecomeOptions() {
        assertEquals(java.util.List.of("train", "sort_26", "--epochs=3", "--max-length=20", "--json=true"),
                CommandHook.settingsAsOptions(java.util.List.of("train", "sort_26", "epochs=3", "max_length=20", "json=true")));
        assertEquals(java.util.List.of("peep", "--stop", "3", "--a=b=c"),
                CommandHook.settingsAsOptions(java.util.List.of("peep", "--stop", "3", "a=b=c")));
    }

    private void define(String statement) {
        session.execute(ProgramParser.parseEntry(statement, null));
    }

    @Test
    void planPlansAnSopOfTheSession() {
        define("flip = select(indices, length - indices - 1, ==);");
        define("reverse = aggregate(flip, tokens);");
        assertEquals(ExitCode.OK, hook.dispatch("plan reverse"));
        assertTrue(out.toString().startsWith("reverse: 2 layers"), out.toString());
        assertTrue(out.toString().contains("flip = select(indices, ( ( length - indices ) - 1 ), ==)"), out.toString());
    }

    @Test
    void planOfANameThatIsNoSopSaysWhat() {
        define("flip = select(indices, length - indices - 1, ==);");
        assertEquals(ExitCode.USER_ERROR, hook.dispatch("plan flip"));
        assertEquals("'flip' is a selector, not an s-op: only s-ops have a plan\n", out.toString());
    }

    @Test
    void planOfAnUnknownNameMentionsTheSessionAndTheTasks() {
        assertEquals(ExitCode.USER_ERROR, hook.dispatch("plan nope"));
        assertTrue(out.toString().startsWith("the session defines no 'nope', and unknown task 'nope'"), out.toString());
    }

    @Test
    void planOfATaskStillWorksInTheRepl() {
        assertEquals(ExitCode.OK, hook.dispatch("plan reverse_26"));
        assertTrue(out.toString().startsWith("reverse: "), out.toString());
    }
}
