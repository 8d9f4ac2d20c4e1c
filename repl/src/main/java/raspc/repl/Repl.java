package raspc.repl;

import java.io.IOException;
import java.io.PrintWriter;
import raspc.compiler.Session;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * The read-eval-print loop: reads lines, assembles them into statements, runs them and prints
 * the results, until {@code exit}/{@code quit} or the end of input. Errors are reported and the
 * loop goes on; Ctrl+C abandons the statement being typed, or (see TerminalLineSource) the one
 * running.
 */
final class Repl {
    static final String PROMPT = ">> ";
    static final String CONTINUATION_PROMPT = ".. ";

    private final Session session;
    private final LineSource lines;
    private final StatementRunner runner;
    private final CommandHook commands;
    private final PrintWriter out;
    private final boolean piped;
    private final EntryKinds kinds;
    private final LineAssembler assembler = new LineAssembler();

    /**
     * @param piped true when the input is not a terminal: the prompt then stays on the line of
     *              the output (input is not echoed), so the last line needs its own line break
     */
    Repl(Session session, LineSource lines, StatementRunner runner, CommandHook commands, PrintWriter out,
         boolean piped) {
        this.session = session;
        this.lines = lines;
        this.runner = runner;
        this.commands = commands;
        this.out = out;
        this.piped = piped;
        this.kinds = new EntryKinds(commands, session);
    }

    /** Prints the banner and runs until the session ends. */
    void run() throws IOException {
        out.println("raspc " + VersionProvider.version());
        out.println("running example is: hello");
        out.flush();
        while (true) {
            String line;
            try {
                line = lines.readLine(assembler.isContinuing() ? CONTINUATION_PROMPT : PROMPT);
            } catch (LineSource.Interrupted e) {
                assembler.clear();
                continue;
            }
            if (line == null) {
                endOfInput();
                return;
            }
            if (!handle(line)) {
                if (piped) {
                    out.println();
                }
                out.flush();
                return;
            }
        }
    }

    /** Handles one line; returns false when it ended the session. */
    private boolean handle(String line) {
        if (!assembler.isContinuing()) {
            if (kinds.isCommand(line)) {
                commands.dispatch(line);
                return true;
            }
            String unknown = kinds.unknownCommand(line);
            if (unknown != null) {
                runner.report(new UserError(unknown));
                return true;
            }
        }
        LineAssembler.Assembled assembled = assembler.add(line);
        for (Stmt stmt : assembled.statements()) {
            runner.execute(stmt);
            if (session.exitRequested()) {
                return false;
            }
        }
        if (assembled.error() != null) {
            runner.report(assembled.error());
        }
        return true;
    }

    private void endOfInput() {
        out.println();
        SyntaxError unfinished = assembler.finish();
        if (unfinished != null) {
            runner.report(unfinished);
        }
        out.flush();
    }
}
