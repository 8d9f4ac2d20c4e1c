package raspc.compiler.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: the bytes go to a hidden temporary file in the target's
 * folder, are forced to disk, and the temporary file is renamed over the target. A run killed at
 * any moment, or a viewer that has {@code curves.png} open, sees either the old or the new file,
 * never half of one. Every file raspc writes goes through here.
 *
 * <p>The temporary file is created like any new file (not with {@code Files.createTempFile},
 * which makes it 0600), so the result has the permissions the user's umask gives: 0644 under
 * umask 022, as a shell redirection would.
 *
 * <p>A failure is a {@link FileWriteException} naming the target; the temporary file is removed.
 * An unchecked exception of the content writer (a bad sample, say) passes through unchanged.
 */
public final class AtomicFiles {
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {}

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(target)) {
                // checked first: a non-atomic replace would delete an empty folder to put the file there
                throw new FileSystemException(target.toString(), null, "it is a folder, not a file");
            }
            Files.createDirectories(dir);
            temp = newTempFile(dir, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.write(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new FileWriteException(target, IoReasons.of(e, target), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A new empty file {@code .NAME.<random>.tmp} in dir, created with no explicit permissions so
     * the operating system applies the umask (0666 & ~umask).
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems (certain network mounts) cannot rename atomically; replacing is
            // still better than writing the target in place
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the original error matters more
        }
    }
}
