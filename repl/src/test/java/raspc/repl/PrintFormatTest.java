package raspc.repl;

import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The REPL printouts, line for line as the original's transcripts (tests/tgt) show them. */
class PrintFormatTest {
    private final Session s = new Session();

    @Test
    void sopsPrintNameAndExample() {
        assertEquals(List.of("     s-op: indices", " \t Example: indices(\"hello\") = [0, 1, 2, 3, 4] (ints)"),
                Statements.run(s, "indices;"));
        assertEquals(List.of("     s-op: length", " \t Example: length(\"hello\") = [5]*5 (ints)"), Statements.run(s, "length;"));
        assertEquals(List.of("     s-op: out", " \t Example: out(\"hello\") = [1, 2, 3, 4, 5] (ints)"),
                Statements.run(s, "indices+1;"));
        assertEquals(List.of("     s-op: c", " \t Example: c(\"hello\") = [4, 5, 6, 7, 8] (ints)"),
                Statements.run(s, "c = indices + 4;"));
    }

    @Test
    void floatsBoolsAndMixedIntsKeepTheirIdentity() {
        assertEquals(" \t Example: out(\"hello\") = [0, 0, 0.0, 0.333, 0.5] (floats)",
                Statements.run(s, "aggregate(select(indices,indices,<), indicator(tokens==\"l\"));").get(1));
        assertEquals(" \t Example: out(\"hello\") = [F, F, T, T, F] (bools)", Statements.run(s, "tokens == \"l\";").get(1));
        assertEquals(" \t Example: out(\"hello\") = [0.5]*5 (floats)", Statements.run(s, "indices * 0 + 0.5;").get(1));
    }

    /** Zero keeps its sign as in Python: round(-0.0004, 3) is -0.0, and -2 % 2.0 is 0.0 (sign of the divisor). */
    @Test
    void signedZeroFollowsPython() {
        // original: " \t Example: out("hello") = [-0.0, 1.0, 2.0, 3.0, 4.0] (floats)" (raspc showed 0.0 first)
        assertEquals(" \t Example: out(\"hello\") = [-0.0, 1.0, 2.0, 3.0, 4.0] (floats)",
                Statements.run(s, "indices - 0.0004;").get(1));
        // original: "    value: out =  0.0" (raspc showed -0.0)
        assertEquals(List.of("    value: out =  0.0"), Statements.run(s, "-2 % 2.0;"));
        assertEquals(List.of("    value: out =  -0.0"), Statements.run(s, "2 % -2.0;")); // original: -0.0
    }

    @Test
    void atomsListsDictsAndFunctions() {
        assertEquals(List.of("    value: a =  3", "    value: b =  5"), Statements.run(s, "a, b = 3, 5;"));
        assertEquals(List.of("    value: a =  \"qwerty\""), Statements.run(s, "a = \"qwerty\";"));
        assertEquals(List.of("     list: b = [5, 8, 'x', 2.5, True]"), Statements.run(s, "b = [5, 8, \"x\", 2.5, True];"));
        assertEquals(List.of("     dict: d = {'1': 1, '2': 2}"), Statements.run(s, "d = {\"1\": 1, \"2\": 2};"));
        assertEquals(List.of("     console function: foo(a, b)"), Statements.run(s, "def foo(a, b) { return a + b; }"));
        assertEquals(List.of("     RASP_support/rasplib function: sort(seq, key)"), Statements.run(s, "sort;"));
        assertEquals(List.of("     RASP_support/rasplib function: selector_width(sel)"), Statements.run(s, "selector_width;"));
        assertEquals(List.of("    value: True =  True"), Statements.run(s, "True;"));
        assertEquals(List.of("    value: out =  3.5"), Statements.run(s, "7 / 2;"));
    }

    @Test
    void nestedListShowsEachElement() {
        assertEquals(List.of("     list: x =  [",
                        "\t\t     s-op: indices",
                        "\t\t \t Example: indices(\"hello\") = [0, 1, 2, 3, 4] (ints)",
                        "\t\t    value:  3",
                        "               ]"),
                Statements.run(s, "x = [indices, 3];"));
    }

    /**
     * Assignment names the object, built-ins too, and a display within the statement already sees
     * it. The original prints {@code x = indices; [indices];} as
     * <pre>
     *      list: out =  [
     * 		     s-op: x
     * 		 	 Example: x("hello") = [0, 1, 2, 3, 4] (ints)
     *                  ]</pre>
     * and the list {@code def f(a) { b = a; return [b]; } f(indices);} returns with its element
     * named b (raspc showed indices, then x).
     */
    @Test
    void assignmentRenamesTheObjectInListsAndDicts() {
        Session other = new Session();
        Statements.run(s, "x = indices;");
        assertEquals(List.of("     list: out =  [", "\t\t     s-op: x",
                        "\t\t \t Example: x(\"hello\") = [0, 1, 2, 3, 4] (ints)", "                 ]"),
                Statements.run(s, "[indices];"));
        assertEquals("\t\t\t \"a\" :     s-op: t", Statements.run(s, "t = tokens; {\"a\": tokens};").get(3));
        assertEquals("\t\t     s-op: b", Statements.run(s, "def f(a) { b = a; return [b]; } f(indices);").get(2));
        assertEquals("\t\t     s-op: indices", Statements.run(other, "[indices];").get(1), "names are per session");
        // the original: names longer than 30 characters show as s-op
        Statements.run(s, "abcdefghijabcdefghijabcdefghijk = indices;");
        assertEquals("\t\t     s-op: s-op", Statements.run(s, "[indices];").get(1));
    }

    @Test
    void selectorsPrintAsGrid() {
        assertEquals(List.of("     selector: full_s", " \t Example:",
                " \t\t\t     h e l l o",
                " \t\t\t h | 1 1 1 1 1", " \t\t\t e | 1 1 1 1 1", " \t\t\t l | 1 1 1 1 1",
                " \t\t\t l | 1 1 1 1 1", " \t\t\t o | 1 1 1 1 1"), Statements.run(s, "full_s;"));
        assertEquals(List.of("\t = ", " \t\t\t     a b c", " \t\t\t a |      ", " \t\t\t b | 1    ",
                " \t\t\t c | 1 1  "), Statements.run(s, "select(indices, indices, <)(\"abc\");"));
    }

    @Test
    void applicationAndExamples() {
        assertEquals(List.of("\t =  [c, b, a] (strings)"),
                Statements.run(s, "reverse = aggregate(select(indices, length - indices - 1, ==), tokens); reverse(\"abc\");")
                        .subList(2, 3));
        assertEquals(List.of("\ts-op example: \"hello\"", "\tselector example: \"hello\""), Statements.run(s, "show example"));
        assertEquals(List.of(), Statements.run(s, "set example [0, 1, 2]"));
        assertEquals(List.of("\ts-op example: [0, 1, 2]"), Statements.run(s, "show s-op example"));
        assertEquals(List.of("     s-op: tokens", " \t Example: tokens([0, 1, 2]) = [0, 1, 2] (ints)"),
                Statements.run(s, "tokens = tokens_int;"));
        assertEquals(" \t Example: tokens_bool([0, 1, 2]) = [F, T, T] (bools)", Statements.run(s, "tokens_bool;").get(1));
        assertEquals(" \t Example: tokens_float([0, 1, 2]) = [0.0, 1.0, 2.0] (floats)", Statements.run(s, "tokens_float;").get(1));
        assertEquals(List.of("     s-op: indices"), Statements.run(s, "examples off indices;"));
    }

    @Test
    void fullSequenceDisplay() {
        Statements.run(s, "full seq display on");
        assertEquals(List.of("     s-op: indices", " \t Example:", " \t\tinput:   h e l l o \t (strings)",
                " \t\toutput:  0 1 2 3 4 \t (ints)"), Statements.run(s, "indices;"));
        assertEquals(List.of("     s-op: out", " \t Example:", " \t\tinput:   h e l l o \t (strings)",
                " \t\toutput:      T T   \t (bools)"), Statements.run(s, "tokens == \"l\";"));
        assertEquals(List.of("     s-op: length",
                " \t Example: length(\"hello\") = [5]*5 (ints) [skipped full display: identical values]"),
                Statements.run(s, "length;"));
    }

    @Test
    void loadShowsPublicResultsOnceWithoutExamples(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("lib.rasp"),
                "a = 4;\na = a + 5;\n_hidden = 2;\nrev = aggregate(select(indices, length - indices - 1, ==), tokens);\n"
                        + "def f(x) { return x; }\nindices + 1;\n");
        Session t = new Session(dir);
        assertEquals(List.of("    value: a =  9", "     s-op: rev", "     lib function: f(x)"),
                Statements.run(t, "load \"lib\";"));
        assertEquals("ERR Undefined variable: _hidden", Statements.one(t, "_hidden;"));
        assertEquals("[o, l, l, e, h] (strings)", Statements.apply(t, "rev(\"hello\")"));
    }
}
