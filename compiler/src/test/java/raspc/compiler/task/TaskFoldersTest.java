package raspc.compiler.task;

import raspc.compiler.TaskRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.error.RaspError;

/** Reading tasks from the user's languages folders first and the bundled one after them. */
class TaskFoldersTest {
    static final String MY_REVERSE = "rev = aggregate(select(indices, length - indices - 1, ==), tokens);\n"
            + "task reverse {\n  output = rev;\n  alphabets = [5];\n}\n";

    @TempDir
    Path dir;

    private Path languages(String file, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("languages"));
        Files.writeString(folder.resolve(file), text);
        return folder;
    }

    private TaskFolders fromWorkingDir() {
        return TaskFolders.find(null, null, dir);
    }

    @Test
    void aUserFolderAddsToTheBundledTasks() throws IOException {
        Path mine = languages("mytask.rasp", "task mytask {\n  output = tokens;\n  alphabet = \"ab\";\n}\n");
        TaskFolders folders = fromWorkingDir();
        assertEquals(List.of(mine, TaskFolders.bundled()), folders.folders().stream().map(TaskFolders.Folder::dir).toList());
        assertEquals("the nearest languages/ folder", folders.folders().get(0).origin());
        assertEquals("bundled with raspc", folders.folders().get(1).origin());
        TaskRegistry registry = TaskRegistry.standard(folders);
        assertEquals("mytask", registry.resolve("mytask").name());
        assertEquals("reverse_10", registry.resolve("reverse_10").name(), "the bundled tasks stay visible");
    }

    @Test
    void theNearestFolderIsSearchedUpwards() throws IOException {
        Path mine = languages("mytask.rasp", "task mytask {\n  output = tokens;\n  alphabet = \"ab\";\n}\n");
        Path deeper = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(mine, TaskFolders.find(null, null, deeper).folders().get(0).dir());
    }

    @Test
    void theUsersTaskShadowsTheBundledOneOfTheSameName() throws IOException {
        languages("reverse.rasp", MY_REVERSE);
        TaskRegistry registry = TaskRegistry.standard(fromWorkingDir());
        assertEquals("reverse_5", registry.resolve("reverse_5").name());
        RaspError e = assertThrows(RaspError.class, () -> registry.resolve("reverse_10"));
        assertTrue(e.getMessage().contains("reverse_10 belongs to the reverse of " + TaskFolders.bundled().resolve("reverse.rasp")
                + ", shadowed by the one in " + dir.resolve("languages/reverse.rasp")), e.getMessage());

        List<TaskListing> listing = registry.listing();
        TaskListing.Declared mine = declared(listing.get(0), "reverse.rasp");
        assertNull(mine.shadowedBy());
        assertEquals(List.of(TaskFolders.bundled().resolve("reverse.rasp")), mine.shadows());
        assertEquals("reverse_5, each also _bos and _with_attns", mine.variants());
        TaskListing.Declared bundled = declared(listing.get(1), "reverse.rasp");
        assertEquals(dir.resolve("languages/reverse.rasp"), bundled.shadowedBy());
    }

    @Test
    void aBrokenFileIsSetAsideWithItsErrorAndNamedWhenATaskIsMissing() throws IOException {
        // a failing statement is skipped (as the original's load does); a syntax error breaks the file
        languages("broken.rasp", "x = undefined_thing + ;\n");
        TaskRegistry registry = TaskRegistry.standard(fromWorkingDir());
        assertEquals("sort_10", registry.resolve("sort_10").name(), "other tasks are unaffected");
        TaskListing.FileEntry broken = registry.listing().get(0).files().get(0);
        assertTrue(broken.error().endsWith("broken.rasp:1:23: unexpected ';' after '+', expected an expression"), broken.error());
        RaspError e = assertThrows(RaspError.class, () -> registry.resolve("mytask_3"));
        assertTrue(e.getMessage().startsWith("unknown task 'mytask_3'"), e.getMessage());
        assertTrue(e.getMessage().contains("; tasks are read from " + dir.resolve("languages") + " (the nearest languages/ folder), "
                + TaskFolders.bundled() + " (bundled with raspc)"), e.getMessage());
        assertTrue(e.getMessage().contains("; not read: " + broken.error()), e.getMessage());
    }

    @Test
    void explicitFoldersReplaceTheSearchAndMayBeSeveral() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        languages("mytask.rasp", "task mytask {\n  output = tokens;\n  alphabet = \"ab\";\n}\n");
        TaskFolders folders = TaskFolders.find(null, "a" + File.pathSeparator + b, dir);
        assertEquals(List.of(a, b, TaskFolders.bundled()), folders.folders().stream().map(TaskFolders.Folder::dir).toList());
        assertEquals("from RASPC_LANGUAGES", folders.folders().get(0).origin());
        assertEquals("from -Draspc.languages", TaskFolders.find("a", "b", dir).folders().get(0).origin());
        RaspError e = assertThrows(RaspError.class, () -> TaskFolders.find(null, "nowhere", dir));
        assertEquals("RASPC_LANGUAGES (or -Draspc.languages) names nowhere, which is not a folder", e.getMessage());
    }

    @Test
    void theBundledFolderIsReadOnceWhenItIsAlsoTheNearest() {
        TaskFolders folders = TaskFolders.find(null, null, TaskFolders.bundled().getParent());
        assertEquals(1, folders.folders().size());
        assertEquals("the nearest languages/ folder; bundled with raspc", folders.folders().get(0).origin());
    }

    @Test
    void anOutOfRangeBooleanTaskNamesTheFileOfItsDeclaration() throws IOException {
        languages("bits.rasp", "boolean ones(n) = sum(x) == n;\n");
        TaskRegistry registry = TaskRegistry.standard(fromWorkingDir());
        RaspError e = assertThrows(RaspError.class, () -> registry.resolve("ones_0"));
        assertEquals(dir.resolve("languages/bits.rasp") + ":1:1: n (the number of input bits of 'ones') must be between 1 and 63, got 0",
                e.getMessage());
        assertEquals(3, registry.booleanFunction("ones_3").n());
    }

    @Test
    void filesRunOnlyUntilOneDeclaresTheNameAskedFor() throws IOException {
        languages("a_mine.rasp", "task mytask {\n  output = tokens;\n  alphabet = \"ab\";\n}\n");
        languages("b_later.rasp", "half = nothere;\ntask later {\n  output = tokens;\n  alphabet = \"ab\";\n}\n");
        TaskRegistry registry = TaskRegistry.standard(fromWorkingDir());
        assertEquals("mytask", registry.resolve("mytask").name());
        // before: every file of every folder ran when the registry was made
        assertEquals(List.of(), registry.warnings(), "b_later.rasp has not run");
        assertEquals("later", registry.resolve("later").name());
        // the original's load goes on after a failing statement; so does a task file
        assertEquals(List.of(dir.resolve("languages/b_later.rasp") + ":1:8: Undefined variable: nothere"),
                registry.warnings().stream().map(RaspError::getMessage).toList());
    }

    private static TaskListing.Declared declared(TaskListing folder, String file) {
        return folder.files().stream().filter(f -> f.file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow().declared().get(0);
    }
}
