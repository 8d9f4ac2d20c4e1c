package raspc.repl;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * Ctrl+C in the REPL interrupts its thread (see {@link TerminalLineSource}). A command sees it
 * at its own checks, or as an interrupted wait or file write; either way it ends as one clear
 * message, and files already written stay whole because every write is atomic.
 */
final class Interruption {
    static final String MESSAGE = "interrupted (Ctrl+C): the command was abandoned";

    private Interruption() {}

    /** Ends the command when Ctrl+C was pressed since the last check. */
    static void check() {
        if (Thread.interrupted()) {
            throw new UserError(MESSAGE);
        }
    }

    /** Whether the failure is an interrupt surfacing through a wait or an I/O call. */
    static boolean caused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof ClosedByInterruptException
                    || t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
