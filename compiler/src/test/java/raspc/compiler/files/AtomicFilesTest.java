package raspc.compiler.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/a.txt");
        AtomicFiles.writeString(target, "one");
        AtomicFiles.writeString(target, "two");
        assertEquals("two", Files.readString(target));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void aNewFileHasThePermissionsTheUmaskGives() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives any new file
        Path written = dir.resolve("written.txt");
        AtomicFiles.writeString(written, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        // Files.createTempFile would have given rw------- whatever the umask
        assumeTrue(!expected.equals(PosixFilePermissions.fromString("rw-------")), "umask 077: nothing to tell apart");
        assertNotEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
    }

    @Test
    void aFolderIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeString(folder, "x"));
        assertEquals("cannot write " + folder + ": it is a folder, not a file", e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(folder), files());
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.writeString(file.resolve("x.txt"), "x"));
        assertEquals("cannot write " + file.resolve("x.txt") + ": a file is in the way (" + file + ")", e.getMessage());
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = dir.resolve("a.txt");
        AtomicFiles.writeString(target, "old");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        IllegalStateException bug = new IllegalStateException("bad sample");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            throw bug;
        })), "the content's own failures pass through");
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }
}
