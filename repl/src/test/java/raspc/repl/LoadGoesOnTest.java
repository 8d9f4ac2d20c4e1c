package raspc.repl;

import raspc.compiler.Session;

import raspc.compiler.value.Value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.error.RaspError;
import raspc.grammar.ProgramParser;

/**
 * Files run as the original runs them: a failing statement is reported and skipped, the rest of
 * the file still runs; every s-op is tried on the running example, which a file may set itself.
 */
class LoadGoesOnTest {
    @TempDir
    Path dir;

    private Session session() {
        return new Session(dir);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    private static List<String> warnings(Session s) {
        return s.takeWarnings().stream().map(RaspError::getMessage).toList();
    }

    @Test
    void aLoadedFileGoesOnAfterAFailingStatement() throws Exception {
        write("bad.rasp", "ok = 1;\nset example \"xy\"\nbroken = nothere;\nafter = 2;\n");
        Session s = session();
        // The original (load "tl/bad"; then ok; after; broken; show example):
        //     value: ok =  1
        // 		!!ignoring input:
        // 	 Error: Undefined variable: nothere
        //     value: after =  2
        // >>     value: ok =  1
        // >>     value: after =  2
        // >> 		!!ignoring input:
        // 	 Error: Undefined variable: broken
        // >> 	s-op example: "xy"
        // before: the load failed at line 3 and defined nothing
        assertEquals(List.of("    value: ok =  1", "    value: after =  2"), Statements.run(s, "load \"bad\";"));
        assertEquals(List.of(dir.resolve("bad.rasp").toAbsolutePath() + ":3:10: Undefined variable: nothere"), warnings(s));
        assertNull(s.get("broken"));
        assertEquals("\ts-op example: \"xy\"", Statements.one(s, "show s-op example"));
    }

    @Test
    void aSkippedStatementLeavesNothingBehind() throws Exception {
        write("half.rasp", "for x in [1, 2] { seen = x; nothere; }\nkept = 3;\n");
        Session s = session();
        Statements.run(s, "load \"half\";");
        assertEquals(1, warnings(s).size());
        assertNull(s.get("seen"), "the loop's first assignment is undone with it");
        assertNotNull(s.get("kept"));
    }

    @Test
    void aFileRunsOnAfterFailingStatementsWithWarnings() {
        Session s = Session.ofProgram(ProgramParser.parseProgram("a = 1;\nb = nothere;\nc = a + 1;\n", "f.rasp"), dir, "f.rasp");
        assertEquals("2", Value.str(s.get("c")));
        assertEquals(List.of("f.rasp:2:5: Undefined variable: nothere"), warnings(s));
        assertEquals(List.of(), warnings(s), "taken once");
    }

    @Test
    void eachAssignmentIsTriedOnTheRunningExampleWhichTheErrorNames() throws Exception {
        write("ints.rasp", "tokens = tokens_int;\nnext = tokens + 1;\n");
        Session s = session();
        // The original (load "tl/ints"; next;):
        // >> something went wrong: invalid literal for int() with base 10: 'h'
        //     value: next =  3        [its file set next = 3; the statement after the failure ran]
        Statements.run(s, "load \"ints\";");
        assertEquals(List.of(dir.resolve("ints.rasp").toAbsolutePath()
                + ":1:10: invalid literal for int() with base 10: 'h' (on the s-op example \"hello\")",
                dir.resolve("ints.rasp").toAbsolutePath() + ":2:15: can only concatenate str (not \"int\") to str"
                        + " (on the s-op example \"hello\")"), warnings(s));
        Session ints = session();
        ints.setExample(new Value.ListVal(List.of(Value.Atom.ofInt(1), Value.Atom.ofInt(2))));
        Statements.run(ints, "load \"ints\";");
        assertEquals(List.of(), warnings(ints));
        assertEquals("[2, 3] (ints)", Statements.apply(ints, "next([1, 2])"));
    }

    @Test
    void aFileMaySetTheExampleItself() throws Exception {
        String program = "set example [1, 2, 3]\nt = tokens_int + 1;\n";
        write("setex.rasp", program);
        // The original (load "tl/setex"; t;):
        // >>      s-op: t
        //  	 Example: t([1, 2, 3]) = [2, 3, 4] (ints)
        Session loaded = session();
        Statements.run(loaded, "load \"setex\";");
        assertEquals(List.of(), warnings(loaded));
        assertEquals(List.of("     s-op: t", " \t Example: t([1, 2, 3]) = [2, 3, 4] (ints)"), Statements.run(loaded, "t;"));
        Session run = Session.ofProgram(ProgramParser.parseProgram(program, "setex.rasp"), dir, "setex.rasp");
        assertEquals(List.of(), warnings(run));
        assertNotNull(run.get("t"));
    }

    @Test
    void aSelectorIsKeptWhenOnlyTheSelectorExampleFailsIt() {
        Session s = session();
        // The original:
        // >> >> >>      selector: s
        //  	 Example:
        // [evaluation failed in: [ tokens_int ] ... invalid literal for int() with base 10: 'h' ...]
        // something went wrong: 'str' object has no attribute 'get_vals'
        // >> 	 =
        //  			     3 3
        //  			 3 | 1 1
        //  			 3 | 1 1
        // before: "invalid literal for int() with base 10: 'h'" and s stayed undefined
        List<String> shown = Statements.run(s, "set selector example \"hello\"\nset s-op example [1,2]\n"
                + "s = select(tokens_int, tokens_int, ==);");
        assertEquals(List.of("     selector: s", " \t Example:",
                " \t\t!! not shown: on the selector example \"hello\": invalid literal for int() with base 10: 'h'"), shown);
        assertEquals(List.of("\t = ", " \t\t\t     3 3", " \t\t\t 3 | 1 1", " \t\t\t 3 | 1 1"), Statements.run(s, "s([3,3]);"));
    }

    @Test
    void exitInALoadedFileEndsTheFileNotTheSession() throws Exception {
        write("ex.rasp", "a = 1;\nexit\nb = 2;\n");
        Session s = session();
        // The original (load "tl/ex"; a; b;):
        // >>     value: a =  1
        // >>     value: a =  1
        // >> 		!!ignoring input:
        // 	 Error: Undefined variable: b
        // before: b was defined, and the session ended after the load
        assertEquals(List.of("    value: a =  1"), Statements.run(s, "load \"ex\";"));
        assertEquals(false, s.exitRequested());
        assertNull(s.get("b"));
    }
}
