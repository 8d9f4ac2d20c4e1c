package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task named by its .rasp file needs no languages folder, and runs as the original's load would. */
class TaskFileTest {
    @TempDir
    Path dir;

    private static final String INT_TASK = "set example [1, 2]\n"
            + "oops = nothere;\n"
            + "plus = tokens_int + 1;\n"
            + "task plus { output = plus; alphabet = [1, 2, 3]; outputs = [2, 3, 4]; lengths = [2, 2]; }\n";

    @Test
    void aFileNamedDirectlyReadsNoLanguagesFolder() throws IOException {
        Files.writeString(dir.resolve("plus.rasp"), INT_TASK);
        // a languages setting that cannot be read: only the commands that need the folders fail
        Map<String, String> env = Map.of("RASPC_LANGUAGES", "no_such_folder");
        // before: "RASPC_LANGUAGES (or -Draspc.languages) names no_such_folder, which is not a folder"
        CliRun r = CliRun.in(dir, env, "dataset", "plus.rasp", "--size", "2", "--out", "plus.jsonl");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("warning: plus.rasp:2:8: Undefined variable: nothere\nwrote 2 train samples of plus to plus.jsonl\n",
                r.err().replace(dir.toString() + "/", ""));
        String data = Files.readString(dir.resolve("plus.jsonl"));
        assertTrue(data.lines().count() == 2, data);
        CliRun byName = CliRun.in(dir, env, "dataset", "reverse_10", "--size", "2", "--out", "r.jsonl");
        assertEquals(ExitCode.USER_ERROR, byName.code());
        assertTrue(byName.err().contains("no_such_folder"), byName.err());
    }

    @Test
    void tasksListsAFileWithAFailingStatementAndWarnsOfIt() throws IOException {
        Path languages = Files.createDirectories(dir.resolve("languages"));
        Files.writeString(languages.resolve("plus.rasp"), INT_TASK);
        CliRun r = CliRun.in(dir, "tasks");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("plus.rasp\n    plus "), r.out());
        assertEquals("warning: languages/plus.rasp:2:8: Undefined variable: nothere\n",
                r.err().replace(dir.toString() + "/", ""));
    }
}
