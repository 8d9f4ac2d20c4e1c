package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A languages/ folder of the user's next to the bundled tasks, and {@code raspc tasks} showing both. */
class TasksCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void usersLanguages() throws IOException {
        Path languages = Files.createDirectories(dir.resolve("languages"));
        Files.writeString(languages.resolve("mytask.rasp"), "task mytask {\n    output = tokens;\n    alphabet = \"ab\";\n}\n");
        Files.writeString(languages.resolve("reverse.rasp"), "rev = aggregate(select(indices, length - indices - 1, ==), tokens);\n"
                + "task reverse {\n    output = rev;\n    alphabets = [5];\n}\n");
        // a syntax error: a failing statement would only be skipped, as in the original's load
        Files.writeString(languages.resolve("broken.rasp"), "x = undefined_thing + ;\n");
    }

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void aLanguagesFolderInTheWorkingDirectoryKeepsTheBundledTasks() {
        CliRun bundled = raspc("peep", "sort_10", "--stop", "1");
        assertEquals(ExitCode.OK, bundled.code(), bundled.err());
        CliRun mine = raspc("peep", "mytask", "--stop", "1");
        assertEquals(ExitCode.OK, mine.code(), mine.err());
    }

    @Test
    void anUnknownTaskNamesTheFoldersReadAndTheFilesThatFailed() {
        CliRun r = raspc("peep", "reverse_10");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("unknown task 'reverse_10'; did you mean: reverse_5; reverse_10 belongs to the reverse of "), r.err());
        assertTrue(r.err().contains("; not read: " + dir.resolve("languages/broken.rasp") + ":1:23: unexpected ';' after '+', expected an expression"),
                r.err());
        CliRun far = raspc("peep", "frobnicate_3");
        assertTrue(far.err().startsWith("unknown task 'frobnicate_3'; known bases: mytask, reverse, "), far.err());
        assertTrue(far.err().contains("; tasks are read from " + dir.resolve("languages") + " (the nearest languages/ folder), "),
                far.err());
        assertTrue(far.err().contains("(bundled with raspc); not read: "), far.err());
    }

    @Test
    void tasksListsEachFolderItsFilesAndWhatShadowsWhat() {
        CliRun r = raspc("tasks");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("languages (the nearest languages/ folder)\n  broken.rasp\n    error: "), out);
        assertTrue(out.contains("broken.rasp:1:23: unexpected ';' after '+', expected an expression\n  mytask.rasp\n    mytask "), out);
        assertTrue(out.matches("(?s).*\n    reverse +reverse_5, each also _bos and _with_attns \\(shadows .*/languages/reverse.rasp\\)\n.*"), out);
        assertTrue(out.matches("(?s).*\n\\S+ \\(bundled with raspc\\)\n  boolean.rasp\n    parity\\(n\\) +parity_<n>, e.g. parity_10\n.*"), out);
        assertTrue(out.matches("(?s).*\n  reverse.rasp\n    reverse +shadowed by languages/reverse.rasp\n.*"), out);
        assertTrue(out.matches("(?s).*\n    sort_by_freq +sort_by_freq_10, sort_by_freq_26, sort_by_freq_52, sort_by_freq_100, each also.*"), out);
    }

    @Test
    void tasksIsAReplCommandToo() {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        CommandHook hook = new CommandHook(Io.piped(new ByteArrayInputStream(new byte[0]), dir),
                new raspc.compiler.Session(dir), writer, writer);
        assertTrue(hook.accepts("tasks"));
        assertEquals(ExitCode.OK, hook.dispatch("tasks"));
        assertTrue(text.toString().contains("    mytask "), text.toString());
    }
}
