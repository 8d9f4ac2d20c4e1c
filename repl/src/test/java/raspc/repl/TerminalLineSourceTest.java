package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.Session;

/** JLine reading entries as a person types them (keys fed to a terminal). */
class TerminalLineSourceTest {
    private static final String CTRL_P = "\u0010"; // previous history entry, as the up arrow

    @TempDir
    Path dir;

    private final Session session = new Session(Path.of(".").toAbsolutePath());
    private final PrintWriter sink = new PrintWriter(new StringWriter());
    private final EntryKinds kinds = new EntryKinds(
            new CommandHook(Io.piped(new ByteArrayInputStream(new byte[0]), Path.of(".")), session, sink, sink), session);
    private final ReplLineParser parser = new ReplLineParser(kinds::needsMoreLines, kinds::isCommand);

    private TerminalLineSource typing(String keys) throws IOException {
        ExternalTerminal terminal = new ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        return TerminalLineSource.open(terminal, dir.resolve("history"), (reader, line, candidates) -> { }, parser, null);
    }

    @Test
    void aMultiLineStatementIsOneEntryAndComesBackWholeFromTheHistory() throws IOException {
        try (TerminalLineSource lines = typing("def f(x) {\n    return x;\n}\n" + CTRL_P + "\n")) {
            String def = "def f(x) {\n    return x;\n}";
            assertEquals(def, lines.readLine(Repl.PROMPT));
            assertEquals(def, lines.readLine(Repl.PROMPT));
            assertNull(lines.readLine(Repl.PROMPT));
        }
    }

    @Test
    void indentedEntriesAreKeptInTheHistory() throws IOException {
        try (TerminalLineSource lines = typing("  x = 1;\n" + CTRL_P + "\n")) {
            assertEquals("  x = 1;", lines.readLine(Repl.PROMPT));
            assertEquals("x = 1;", lines.readLine(Repl.PROMPT)); // JLine trims what it keeps
        }
    }

    @Test
    void enterEndsEveryEntryButAnUnfinishedStatement() {
        assertThrows(EOFError.class, () -> parser.parse("def f(x) {", 10, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("x = (1 +", 8, ParseContext.ACCEPT_LINE));
        for (String finished : new String[] {"x = 1;", "train reverse_10", "trian reverse_10", "x = ;", "",
                "def f(x) {\n return x;\n}"}) {
            parser.parse(finished, finished.length(), ParseContext.ACCEPT_LINE);
        }
    }
}
