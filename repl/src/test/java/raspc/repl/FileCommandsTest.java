package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the commands write and read, and the user's mistakes about them. */
class FileCommandsTest {
    @TempDir
    Path dir;

    private CliRun raspc(String... args) {
        return CliRun.in(dir, args);
    }

    private static void userError(CliRun r, String expected) {
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void writtenFilesFollowTheUmask() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals(ExitCode.OK, raspc("dataset", "reverse_10", "--size", "2", "--out", "d.jsonl").code());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("d.jsonl"))));
    }

    @Test
    void datasetToAFolderOrUnderAFileIsAUserError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        userError(raspc("dataset", "reverse_10", "--size", "2", "--out", "out"), "cannot write " + folder + ": it is a folder");
        Files.writeString(dir.resolve("f"), "");
        userError(raspc("dataset", "reverse_10", "--size", "2", "--out", "f/d.jsonl"), "a file is in the way");
    }

    @Test
    void aBinaryFileIsNotText() throws Exception {
        Files.write(dir.resolve("bin.rasp"), new byte[] {'a', (byte) 0x89, 'P', 'N', 'G'});
        for (String command : new String[] {"run", "plan"}) {
            CliRun r = raspc(command, "bin.rasp");
            userError(r, "cannot read bin.rasp: not UTF-8 text (byte 0x89 at offset 1; is it a binary file?)");
        }
    }
}
