package raspc.compiler.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The reason of a failed write in words. Java's file exceptions often carry only a path as their
 * message ({@code AccessDeniedException: /x/.a.jsonl.k3j.tmp}), which reads like nonsense to a
 * user; this says what went wrong, and where when that is not the target itself.
 */
final class IoReasons {
    private IoReasons() {}

    static String of(IOException e, Path target) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String where = where(file, target);
        if (e instanceof AccessDeniedException) {
            return isTemporary(file, target) ? "permission denied (cannot create files in " + folder(target) + ")"
                    : "permission denied" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + where;
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder" + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + where;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + where;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** " (path)" when the failing file is neither the target nor its temporary file. */
    private static String where(String file, Path target) {
        if (file == null || isTemporary(file, target) || Path.of(file).toAbsolutePath().equals(target.toAbsolutePath())) {
            return "";
        }
        return " (" + file + ")";
    }

    private static boolean isTemporary(String file, Path target) {
        if (file == null) {
            return false;
        }
        Path p = Path.of(file).toAbsolutePath();
        return p.getParent() != null && p.getParent().equals(target.toAbsolutePath().getParent())
                && p.getFileName().toString().startsWith("." + target.getFileName() + ".");
    }

    private static Path folder(Path target) {
        Path parent = target.getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
