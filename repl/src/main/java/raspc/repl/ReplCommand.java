package raspc.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import raspc.compiler.Session;

/**
 * {@code raspc repl}: the interactive REPL on a terminal (line editing, history, completion), or
 * a plain line reader when standard input is piped, for scripts and transcripts.
 */
@Command(name = ReplCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Start the interactive RASP REPL (also what raspc does with no command).",
        footer = {"", "History is kept in ~/.raspc_history (or the file named by RASPC_HISTORY).",
                "With piped standard input the REPL reads statements line by line without line editing.",
                "Colours are off when NO_COLOR is set."})
public final class ReplCommand implements Callable<Integer> {
    static final String NAME = "repl";
    static final String HISTORY_VARIABLE = "RASPC_HISTORY";

    private final RaspcCommand root;

    public ReplCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Io io = root.io();
        Session session = new Session(io.workingDir());
        if (!io.terminal()) {
            PrintWriter out = root.out();
            BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            run(session, new PipedLineSource(in, out), new CommandHook(io, session, out, out), out, out, true);
            return ExitCode.OK;
        }
        runOnTerminal(io, session);
        return ExitCode.OK;
    }

    private void run(Session session, LineSource lines, CommandHook commands, PrintWriter results, PrintWriter errors,
                     boolean piped) throws IOException {
        StatementRunner runner = new StatementRunner(session, results, errors, null, "error: ", root.debug());
        new Repl(session, lines, runner, commands, results, piped).run();
    }

    /**
     * The REPL with line editing: multi-line entries, completion, and (unless NO_COLOR says
     * otherwise) highlighted input and coloured results and errors.
     */
    private void runOnTerminal(Io io, Session session) throws IOException {
        Terminal terminal = TerminalLineSource.systemTerminal();
        boolean colour = Palette.enabled(io.env(), terminal);
        PrintWriter plain = terminal.writer();
        PrintWriter results = colour ? StyledLineWriter.over(terminal, ResultColours::style) : plain;
        PrintWriter errors = colour ? StyledLineWriter.over(terminal, Palette::error) : plain;
        CommandHook commands = new CommandHook(io, session, plain, errors);
        EntryKinds kinds = new EntryKinds(commands, session);
        ArgumentValues values = new ArgumentValues(io.workingDir(), session);
        ReplCompleter completer = new ReplCompleter(session::names, commands.names(), kinds::isCommand,
                new CommandArguments(commands::spec, values), values);
        try (TerminalLineSource lines = TerminalLineSource.open(terminal, historyFile(io.env()), completer,
                new ReplLineParser(kinds::needsMoreLines, kinds::isCommand),
                colour ? new InputHighlighter(session::get, kinds) : null)) {
            run(session, lines, commands, results, errors, false);
        }
    }

    /** The history file: $RASPC_HISTORY, or ~/.raspc_history. */
    static Path historyFile(Map<String, String> env) {
        String chosen = env.get(HISTORY_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return Path.of(System.getProperty("user.home"), ".raspc_history");
    }
}
