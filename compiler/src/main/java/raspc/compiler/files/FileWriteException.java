package raspc.compiler.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A file raspc was asked to write could not be written: {@code cannot write PATH: reason}. It is
 * the user's to fix (a read-only folder, a folder where a file should go, a full disk), so the
 * command line shows the message and exits 1.
 */
public final class FileWriteException extends UncheckedIOException {
    public FileWriteException(Path target, String reason, IOException cause) {
        super("cannot write " + target + ": " + reason, cause);
    }
}
