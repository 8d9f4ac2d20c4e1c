package raspc.repl;

import raspc.compiler.MachineEval;
import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens are code points everywhere user text becomes tokens: a character outside the Basic
 * Multilingual Plane (two UTF-16 chars) is one token, prints as itself, indexes and orders as
 * Python 3 does. Outputs checked against the original RASP interpreter.
 */
class CodePointTokensTest {
    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, one code point, two Java chars

    @Test
    void evalOfReverseFlipsCodePoints() {
        Session s = Session.ofFile(Path.of("../languages/reverse.rasp"));
        assertEquals(List.of("{\"input\":\"a" + EMOJI + "b\",\"output\":[\"b\",\"" + EMOJI + "\",\"a\"],\"type\":\"strings\"}"),
                MachineEval.evalLines(s, "reverse", List.of("a" + EMOJI + "b")));
        assertEquals(List.of("{\"input\":\"a" + EMOJI + "bé\",\"output\":[4,4,4,4],\"type\":\"ints\"}"),
                MachineEval.evalLines(s, "length", List.of("a" + EMOJI + "bé")));
    }

    @Test
    void runningExampleAndApplicationsShowTheEmoji() {
        Session s = new Session();
        Statements.run(s, "set example \"a" + EMOJI + "b\"");
        assertEquals("     s-op: x\n \t Example: x(\"a" + EMOJI + "b\") = [a, " + EMOJI + ", b] (strings)",
                Statements.one(s, "x = tokens;"));
        Statements.run(s, "reverse = aggregate(select(indices, length - indices - 1, ==), tokens);");
        assertEquals("[b, " + EMOJI + ", a] (strings)", Statements.apply(s, "reverse(\"a" + EMOJI + "b\")"));
        String grid = Statements.one(s, "s = select(indices, indices, ==);");
        assertTrue(grid.contains("\t\t\t     a " + EMOJI + " b\n"), grid);
        assertTrue(grid.contains("\t\t\t " + EMOJI + " |   1  \n"), grid);
    }

    @Test
    void fullSeqDisplayAlignsByCodePoint() {
        Session s = new Session();
        Statements.run(s, "set example \"a" + EMOJI + "b\"");
        Statements.run(s, "full seq display on");
        String shown = Statements.one(s, "y = indices;");
        assertTrue(shown.contains("input:   a " + EMOJI + " b \t (strings)"), shown);
        assertTrue(shown.contains("output:  0 1 2 \t (ints)"), shown);
    }

    @Test
    void stringsIndexAndOrderByCodePoint() {
        Session s = new Session();
        assertEquals("    value: out =  \"" + EMOJI + "\"", Statements.one(s, "\"a" + EMOJI + "b\"[1];"));
        assertEquals("    value: out =  \"b\"", Statements.one(s, "\"a" + EMOJI + "b\"[0 - 1];"));
        assertEquals("ERR index 3 out of range for string of length 3", Statements.one(s, "\"a" + EMOJI + "b\"[3];"));
        // Python compares code points: U+1F600 is after U+FF5E, though its first UTF-16 char is not
        assertEquals("    value: out =  True", Statements.one(s, "\"" + EMOJI + "\" > \"\uFF5E\";"));
        Statements.run(s, "set example \"\uFF5E" + EMOJI + "\"");
        assertTrue(Statements.one(s, "lt = select(tokens, tokens, <);").contains("\t\t\t " + EMOJI + " | 1  "),
                "the s-op selector ranks strings the same way");
        assertEquals("[0, 1] (ints)", Statements.apply(s, "{\"" + EMOJI + "\": 1, \"\uFF5E\": 0}[tokens](\"\uFF5E" + EMOJI + "\")"));
    }
}
