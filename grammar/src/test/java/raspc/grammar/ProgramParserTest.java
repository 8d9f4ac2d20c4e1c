package raspc.grammar;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.grammar.ast.*;

class ProgramParserTest {

    private static Expr expr(String text) {
        Stmt s = ProgramParser.parseEntry(text + ";", null);
        return ((Stmt.ExprStmt) s).expr();
    }

    @Test
    void parsesTheStandardLibraryShapes() {
        String lib = """
                tokens = tokens_str;
                def selector_width(sel) {
                    at0 = select(indices,0,==);
                    sAND0 = sel and at0;
                    inverted = aggregate(sel or at0,indicator(indices==0));
                    return round((1/inverted)-1 + aggregate(sAND0,1,0));
                }
                full_s = select(1,1,==); # a comment
                for x, y in zip([1,2],[3,4]) { z = x + y; }
                a, b = 1, "two";
                l = [x * 2 for x in range(5)];
                d = {k: v for k, v in zip(["a"], [1])};
                draw(tokens, "abc");
                load "lib";
                """;
        List<Stmt> program = ProgramParser.parseProgram(lib, "lib.rasp");
        assertEquals(9, program.size());
        assertInstanceOf(Stmt.FuncDef.class, program.get(1));
        Stmt.Assign multi = (Stmt.Assign) program.get(4);
        assertEquals(List.of("a", "b"), multi.names());
    }

    @Test
    void precedenceFollowsTheOriginal() {
        // unary binds tighter than every binary operator: (not a) == b
        Expr e = expr("not a == b");
        assertInstanceOf(Expr.Binary.class, e);
        assertEquals("(not a) == b", ExprPrinter.print(e));
        assertEquals("(a + (b * c)) == d", ExprPrinter.print(expr("a + b * c == d")));
        assertEquals("(a % b) + c", ExprPrinter.print(expr("a % b + c")));
        assertEquals("(a * b) % c", ExprPrinter.print(expr("a * b % c")));
        assertEquals("((a == b) and c) or d", ExprPrinter.print(expr("a == b and c or d")));
        assertEquals("x if (a and b) else y", ExprPrinter.print(expr("x if a and b else y")));
        assertEquals("(x if c else y) in l", ExprPrinter.print(expr("x if c else y in l")));
        assertEquals("(2 ^ 3) ^ 2", ExprPrinter.print(expr("2 ^ 3 ^ 2")));
    }

    @Test
    void printedExpressionsParseBackToTheSameTree() {
        for (String text : List.of("select(indices, length - indices - 1, ==)",
                "aggregate(select(indices,indices,<), indicator(tokens==\"l\"), 0)",
                "-x ^ 2", "f(a)[0]", "[1, 2.5, \"s\"]", "{1: 2}", "a in [1,2]", "len([1])")) {
            Expr first = expr(text);
            String printed = ExprPrinter.print(first);
            assertEquals(printed, ExprPrinter.print(expr(printed)), text);
        }
    }

    @Test
    void selectIsStillAnIdentifierWithoutParenthesis() {
        assertInstanceOf(Expr.Var.class, expr("select"));
        assertInstanceOf(Expr.Select.class, expr("select (a, b, <)"));
    }

    @Test
    void replCommands() {
        assertEquals(new Stmt.SetExample(new Pos(1, 1), Subset.SOP, new Expr.StrLit(new Pos(1, 18), "abc")),
                ProgramParser.parseEntry("set s-op example \"abc\"", null));
        assertInstanceOf(Stmt.ToggleFullSeq.class, ProgramParser.parseEntry("full seq display on", null));
        assertInstanceOf(Stmt.ToggleExamples.class, ProgramParser.parseEntry("selector examples off", null));
        assertInstanceOf(Stmt.ShowExample.class, ProgramParser.parseEntry("show example", null));
        assertInstanceOf(Stmt.Exit.class, ProgramParser.parseEntry("exit()", null));
        assertInstanceOf(Stmt.Exit.class, ProgramParser.parseEntry("quit", null));
    }

    @Test
    void syntaxErrorsNameFileLineColumnAndExpectation() {
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> ProgramParser.parseProgram("a = 1;\nb = (2 + ;\n", "f.rasp"));
        assertEquals("f.rasp", e.source());
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        assertTrue(e.getMessage().startsWith("f.rasp:2:10: unexpected ';'"), e.getMessage());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
        assertFalse(e.incomplete());
    }

    @Test
    void missingSemicolonIsReported() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseProgram("a = 1\nb = 2;", "f.rasp"));
        assertEquals("f.rasp:2:1: unexpected 'b', expected one of ';', ...".substring(0, 20), e.getMessage().substring(0, 20));
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
    }

    @Test
    void badCharacterIsNamed() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseProgram("a = 1 $ 2;", "x.rasp"));
        assertTrue(e.getMessage().startsWith("x.rasp:1:7: unexpected character '$'"), e.getMessage());
    }

    @Test
    void unfinishedInputIsIncomplete() {
        for (String partial : List.of("x = 5", "def f(a) {", "def f(a) { b = a;", "for x in [1] {", "x = (1 +")) {
            SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry(partial, null), partial);
            assertTrue(e.incomplete(), partial + " -> " + e.getMessage());
        }
        SyntaxError bad = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry("x = ) 5", null));
        assertFalse(bad.incomplete());
    }

    /**
     * A call whose arguments hold a dict literal is unfinished, not wrong, until its ')': the REPL
     * tries the text up to each '}' as a statement. Before, {@code g({"a":1}} gave "1:2: unexpected
     * '('" there, so the REPL rejected {@code g({"a":1});}, which the original prints as
     * {@code dict: out = {'a': 1}}; likewise {@code sort({"h":1}[tokens], indices);} and
     * {@code g([{"a":1}]);}.
     */
    @Test
    void callsCutShortInsideTheirArgumentsAreIncomplete() {
        for (String partial : List.of("g({\"a\":1}", "sort({\"h\":1}[tokens]", "g([{\"a\":1}]", "g(1", "f(x)(1")) {
            SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry(partial, null), partial);
            assertTrue(e.incomplete(), partial + " -> " + e.getMessage());
        }
        assertInstanceOf(Stmt.ExprStmt.class, ProgramParser.parseEntry("g({\"a\":1});", null));
        assertInstanceOf(Stmt.ExprStmt.class, ProgramParser.parseEntry("sort({\"h\":1}[tokens], indices);", null));
    }

    /** A mistake inside a call's arguments is reported where it is, not at the call's '(' as before. */
    @Test
    void errorsInsideCallArgumentsAreReportedWhereTheyAre() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry("g(1 2);", null));
        assertEquals("1:5: unexpected '2', expected ')'", e.getMessage());
        assertFalse(e.incomplete());
    }

    /** Without ';' an example is a value; with ';' it may be any expression, as before. */
    @Test
    void setExampleWithoutSemicolonTakesAValue() {
        for (String value : List.of("\"abc\"", "[1, 2]", "x", "[i for i in range(3)]", "(\"a\" + \"b\")")) {
            assertInstanceOf(Stmt.SetExample.class, ProgramParser.parseEntry("set example " + value, null), value);
        }
        assertInstanceOf(Expr.Binary.class,
                ((Stmt.SetExample) ProgramParser.parseEntry("set example \"a\" + \"b\";", null)).example());
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry("set example \"a\" + \"b\"", null));
        assertEquals("1:17: unexpected '+' after the example: without ';' an example is a string, a list, a name"
                + " or a bracketed expression; end it with ';'", e.getMessage());
        // several statements on a line still work after a bare example
        assertEquals(2, ProgramParser.parseProgram("set example [1, 2] half = 3;", null).size());
    }

    /**
     * An unclosed string has its own message. The original: {@code !! antlr exception: token
     * recognition error at: '"abc;'}; raspc said {@code unexpected character '"', expected an expression}.
     */
    @Test
    void unterminatedStringIsNamed() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseEntry("x = \"abc;", null));
        assertEquals("1:5: unterminated string: no closing '\"' on this line", e.getMessage());
        assertFalse(e.incomplete());
        e = assertThrows(SyntaxError.class, () -> ProgramParser.parseProgram("x = \"abc\";\ny = [\"a\", \"b];\n", "f.rasp"));
        assertEquals("f.rasp:2:11: unterminated string: no closing '\"' on this line", e.getMessage());
    }

    @Test
    void blankInput() {
        assertTrue(ProgramParser.isBlank("  # just a comment\n"));
        assertFalse(ProgramParser.isBlank("x;"));
    }

    @Test
    void taskAndBooleanDeclarations() {
        List<Stmt> program = ProgramParser.parseProgram("""
                task reverse {
                    output = reverse;
                    alphabets = [10, 26];
                    lengths = [1, 100];
                }
                boolean sparse_parity(n, k) = parity([x[i] for i in choose(n, k, 0)]);
                task = 3;
                boolean and(n) = all(x);
                """, "t.rasp");
        Stmt.TaskDecl task = (Stmt.TaskDecl) program.get(0);
        assertEquals("reverse", task.name());
        assertEquals(List.of("output", "alphabets", "lengths"), task.fields().stream().map(Stmt.TaskField::key).toList());
        Stmt.BooleanDecl bool = (Stmt.BooleanDecl) program.get(1);
        assertEquals(List.of("n", "k"), bool.params());
        assertInstanceOf(Stmt.Assign.class, program.get(2), "'task' stays usable as a name");
        assertEquals("and", ((Stmt.BooleanDecl) program.get(3)).name());
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseProgram("tusk t { a = 1; }", "t.rasp"));
        assertTrue(e.getMessage().startsWith("t.rasp:1:1: unexpected 'tusk'"), e.getMessage());
    }

    @Test
    void misspelledKeywordIsASyntaxErrorNotACrash() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> ProgramParser.parseProgram("fr v in range(4) { a = 1; }", null));
        assertEquals(1, e.line());
    }
}
