package raspc.repl;

import java.io.IOException;

/** Where the REPL gets its lines: a terminal with line editing, or plain piped input. */
interface LineSource extends AutoCloseable {
    /**
     * Shows {@code prompt} and reads one line (without its line break).
     *
     * @return the line, or null at the end of input (Ctrl+D)
     * @throws Interrupted when the user pressed Ctrl+C
     */
    String readLine(String prompt) throws IOException;

    @Override
    default void close() throws IOException {}

    /** Ctrl+C at the prompt: abandon the current input. */
    final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
