package raspc.repl;

import java.io.PrintWriter;
import raspc.compiler.Session;
import raspc.compiler.error.RaspError;

/**
 * Prints the statements a session skipped: those of files it loaded (and, for a file run
 * silently, its own) that failed. The original reports each and goes on; so does raspc, as
 * {@code warning: file:line:col: ...}, on the stream its errors go to.
 */
final class Warnings {
    private Warnings() {}

    /** @param source the file the session's own statements come from, when they do not name it */
    static void print(Session session, PrintWriter err, String source) {
        var warnings = session.takeWarnings();
        for (RaspError w : warnings) {
            err.println("warning: " + UserErrors.located(w, source));
        }
        if (!warnings.isEmpty()) {
            err.flush();
        }
    }
}
