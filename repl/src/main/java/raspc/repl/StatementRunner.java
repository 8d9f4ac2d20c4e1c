package raspc.repl;

import java.io.PrintWriter;
import raspc.compiler.Session;
import raspc.grammar.ast.Stmt;

/**
 * Runs statements in a session and prints what they print, turning every failure into a
 * message so that the session carries on: the REPL and {@code raspc run} both go through here.
 * A failed statement leaves the session as it was (the evaluator guarantees that).
 */
final class StatementRunner {
    private final Session session;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String source;
    private final String errorPrefix;
    private final boolean debug;

    /**
     * @param source      the file the statements come from, put before located messages that do
     *                    not name a file themselves (null in the REPL)
     * @param errorPrefix printed before each user error's message ("error: " in the REPL)
     */
    StatementRunner(Session session, PrintWriter out, PrintWriter err, String source, String errorPrefix,
                    boolean debug) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.source = source;
        this.errorPrefix = errorPrefix;
        this.debug = debug;
    }

    /** Runs one statement; returns {@link ExitCode#OK} or the exit code its failure deserves. */
    int execute(Stmt stmt) {
        try {
            ResultPrinter.render(session.execute(stmt)).forEach(out::println);
            out.flush();
            Warnings.print(session, err, source);
            return ExitCode.OK;
        } catch (RuntimeException e) {
            return report(e);
        } finally {
            out.flush();
        }
    }

    /**
     * Reports a failure (a syntax error found while reading statements, or one from running
     * them) and returns the exit code it deserves.
     */
    int report(RuntimeException e) {
        out.flush();
        if (UserErrors.isUserError(e)) {
            err.println(errorPrefix + (e instanceof UserError ? e.getMessage() : UserErrors.located(e, source)));
            err.flush();
            return ExitCode.USER_ERROR;
        }
        return FailureHandler.report(e, err, debug);
    }
}
