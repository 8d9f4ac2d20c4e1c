package raspc.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Entries from an interactive terminal through JLine: editing, history file, tab completion,
 * highlighting. An entry can take several lines (the parser decides when it is finished), and
 * is one history item.
 */
final class TerminalLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    private TerminalLineSource(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** The terminal the REPL runs on. */
    static Terminal systemTerminal() throws IOException {
        return TerminalBuilder.builder().name("raspc").system(true).build();
    }

    /**
     * @param highlighter colours the input; null for none (JLine's plain default)
     */
    static TerminalLineSource open(Terminal terminal, Path historyFile, Completer completer, Parser parser,
                                   Highlighter highlighter) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("raspc")
                .completer(completer)
                .parser(parser)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, Repl.CONTINUATION_PROMPT)
                // "!" and "\" mean nothing special in RASP: keep JLine from expanding them.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // RASP is often indented; JLine would otherwise keep indented entries out of the history.
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
        if (highlighter != null) {
            builder.highlighter(highlighter);
        }
        LineReader reader = builder.build();
        // Outside readLine (which answers Ctrl+C itself), Ctrl+C interrupts the REPL's thread:
        // the running statement or command is abandoned and the session lives on, instead of
        // the JVM ending and taking the session's definitions with it.
        Thread repl = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> repl.interrupt());
        return new TerminalLineSource(terminal, reader);
    }

    /** Output goes through the terminal so that it interleaves correctly with the prompt. */
    PrintWriter writer() {
        return terminal.writer();
    }

    @Override
    public String readLine(String prompt) {
        Thread.interrupted(); // a Ctrl+C that came as the last statement finished has done its job
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
    }
}
