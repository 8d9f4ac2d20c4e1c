package raspc.repl;

import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.error.RaspError;
import raspc.grammar.ProgramParser;

/** A failing statement leaves variables, examples and settings exactly as they were. */
class AtomicityTest {
    private final Session s = new Session();

    private void fails(String stmt) {
        assertThrows(RaspError.class, () -> s.execute(ProgramParser.parseEntry(stmt, null)));
    }

    @Test
    void badAssignmentsSetNothing() {
        fails("a = g;");
        assertEquals("ERR Undefined variable: a", Statements.one(s, "a;"));
        fails("x, y = 1, zz;");
        assertNull(s.get("x"));
        fails("p, q = 1, 2, 3;");
        assertNull(s.get("p"));
        Statements.run(s, "g = 3; a = g;");
        assertEquals("    value: a =  3", Statements.one(s, "a;"));
    }

    @Test
    void failingLoopAndFunctionKeepEarlierState() {
        Statements.run(s, "a = 1;");
        fails("for i in range(3) { a = a + i; b = 1 / (i - 1); }");
        assertEquals("    value: a =  1", Statements.one(s, "a;"));
        assertNull(s.get("b"));
        assertNull(s.get("i"));
    }

    @Test
    void anInterruptedStatementIsAbandonedAndTheNextOneRuns() {
        Statements.run(s, "a = 1;");
        Thread.currentThread().interrupt(); // what the REPL's Ctrl+C handler does
        RaspError e = assertThrows(RaspError.class,
                () -> s.execute(ProgramParser.parseEntry("for i in range(5000) { a = a + i; }", null)));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed");
        assertEquals("    value: a =  1", Statements.one(s, "a;"));
        Statements.run(s, "for i in range(5000) { a = a + i; }");
        assertEquals("    value: a =  12497501", Statements.one(s, "a;"));
    }

    @Test
    void reservedNamesAreRejected() {
        for (String name : new String[] {"indices", "tokens_str", "True", "length", "full_s", "sort", "out", "range", "get"}) {
            assertEquals("ERR Cannot set reserved name: " + name, Statements.one(s, name + " = 1;"));
        }
        assertEquals("     s-op: tokens", Statements.run(s, "tokens = tokens_str;").get(0));
    }

    @Test
    void failedSettingsChangesRollBack() {
        fails("set example 3");
        assertEquals("\ts-op example: \"hello\"", Statements.run(s, "show s-op example").get(0));
    }

    @Test
    void aLoadThatCannotRunChangesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("self.rasp"), "load \"self\";\n");
        Files.writeString(dir.resolve("syntax.rasp"), "ok = 1;\nbad = ;\n");
        Session t = new Session(dir);
        assertEquals("ERR could not find file: missing.rasp", Statements.one(t, "load \"missing\";"));
        assertEquals(true, Statements.one(t, "load \"self\";").startsWith("ERR load nesting deeper"));
        assertEquals("ERR unexpected ';', expected an expression", Statements.one(t, "load \"syntax\";"));
        assertNull(t.get("ok"), "a syntax error anywhere rejects the whole file");
    }

    @Test
    void errorsInLoadedFilesNameThemAsTheUserWouldWriteThem(@TempDir Path outside) throws Exception {
        Path inside = Files.createDirectories(Path.of("target", "load-paths"));
        Files.writeString(inside.resolve("broken.rasp"), "ok = 1;\nbad = nothere;\n");
        Files.writeString(outside.resolve("broken.rasp"), "bad = nothere;\n");
        Session near = new Session(inside.toAbsolutePath());
        near.execute(ProgramParser.parseEntry("load \"broken\";", null));
        assertEquals(inside.resolve("broken.rasp").toString(), near.takeWarnings().get(0).source(),
                "relative to the working directory");
        Session far = new Session(outside);
        far.execute(ProgramParser.parseEntry("load \"broken\";", null));
        assertEquals(outside.resolve("broken.rasp").toAbsolutePath().toString(), far.takeWarnings().get(0).source(),
                "outside it: absolute");
    }

    @Test
    void loadedFilesSeeTheLibraryNotTheConsole(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("uses.rasp"), "z = mine + 1;\n");
        Files.writeString(dir.resolve("tok.rasp"), "t2 = tokens;\n");
        Session t = new Session(dir);
        Statements.run(t, "mine = 1;");
        Statements.run(t, "load \"uses\";");
        assertEquals("Undefined variable: mine", t.takeWarnings().get(0).detail());
        assertNull(t.get("z"));
        Statements.run(t, "set example [1, 2] tokens = tokens_int; load \"tok\";");
        // files see the library's tokens (tokens_str), not the console's reassignment
        assertEquals("[1, 2] (strings)", Statements.apply(t, "t2([1, 2])"));
    }
}
