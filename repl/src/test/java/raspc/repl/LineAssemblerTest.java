package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;

class LineAssemblerTest {
    private final LineAssembler assembler = new LineAssembler();

    private List<Stmt> add(String line) {
        LineAssembler.Assembled assembled = assembler.add(line);
        assertNull(assembled.error(), () -> "unexpected error " + assembled.error().getMessage());
        return assembled.statements();
    }

    @Test
    void oneStatementPerLine() {
        List<Stmt> statements = add("a = 3;");
        assertEquals(1, statements.size());
        assertInstanceOf(Stmt.Assign.class, statements.get(0));
        assertFalse(assembler.isContinuing());
    }

    @Test
    void severalStatementsOnOneLineAllRun() {
        List<Stmt> statements = add("a = 3; b = a + 2;   tokens;");
        assertEquals(3, statements.size());
        assertEquals(new Pos(1, 8), statements.get(1).pos());
        assertEquals(new Pos(1, 21), statements.get(2).pos());
    }

    @Test
    void multiLineDefinitionWaitsForItsClosingBrace() {
        assertEquals(List.of(), add("def f(x) {"));
        assertTrue(assembler.isContinuing());
        assertEquals(List.of(), add("  y = x + 1;   # a comment inside"));
        assertEquals(List.of(), add("  return y;"));
        assertTrue(assembler.isContinuing());
        List<Stmt> statements = add("}");
        assertEquals(1, statements.size());
        Stmt.FuncDef def = assertInstanceOf(Stmt.FuncDef.class, statements.get(0));
        assertEquals("f", def.name());
        assertEquals(1, def.body().size());
        assertFalse(assembler.isContinuing());
    }

    @Test
    void multiLineForLoop() {
        assertEquals(List.of(), add("for i in range(3) {"));
        assertEquals(List.of(), add("  a = i;"));
        assertEquals(1, add("}").size());
    }

    @Test
    void expressionSplitOverLines() {
        assertEquals(List.of(), add("x = [1,"));
        assertEquals(List.of(), add("     2]"));
        assertTrue(assembler.isContinuing());
        assertEquals(1, add(";").size());
    }

    @Test
    void anEntryRunsWholeOnceItsOpenStatementEnds() {
        // before: a = 1 was handed out (and ran) before the definition was finished
        assertEquals(List.of(), add("a = 1; def g(x) {"));
        assertTrue(assembler.isContinuing());
        List<Stmt> unit = add("return x; }");
        assertEquals(2, unit.size());
        // positions count from the first line of the entry
        assertEquals(new Pos(1, 8), unit.get(1).pos());
    }

    @Test
    void blankAndCommentLinesAreSkipped() {
        assertEquals(List.of(), add(""));
        assertEquals(List.of(), add("   # just a comment"));
        assertFalse(assembler.isContinuing());
        assertEquals(1, add("a = 1; # trailing comment").size());
        assertFalse(assembler.isContinuing());
    }

    @Test
    void commentLineInsideABlockKeepsItOpen() {
        add("def f(x) {");
        add("# comment");
        assertTrue(assembler.isContinuing());
        assertEquals(1, add("return x; }").size());
    }

    @Test
    void replCommandsNeedNoSemicolon() {
        List<Stmt> statements = add("set example \"abc\"");
        assertInstanceOf(Stmt.SetExample.class, statements.get(0));
        assertInstanceOf(Stmt.ToggleExamples.class, add("examples off").get(0));
        assertInstanceOf(Stmt.Exit.class, add("exit").get(0));
        assertInstanceOf(Stmt.Exit.class, add("quit()").get(0));
    }

    @Test
    void semicolonsInsideStringsDoNotSplit() {
        List<Stmt> statements = add("s = \"a;b}\"; t = 2;");
        assertEquals(2, statements.size());
    }

    @Test
    void dictLiteralClosingBraceIsNotAnEnd() {
        List<Stmt> statements = add("d = {\"a\": 1}; e = 2;");
        assertEquals(2, statements.size());
    }

    @Test
    void aSyntaxErrorAnywhereRunsNoneOfTheEntry() {
        // The original: "x = 1; y = ;" then "x;":
        // >> 	!! antlr exception: mismatched input ';' expecting {...} 	-- ignoring input
        // >> 		!!ignoring input:
        // 	 Error: Undefined variable: x
        // before: the statements before the error were handed out and ran
        LineAssembler.Assembled assembled = assembler.add("a = 1; b = = 2; c = 3;");
        assertEquals(List.of(), assembled.statements());
        assertNotNull(assembled.error());
        assertEquals("1:12: unexpected '='", assembled.error().getMessage().substring(0, 20));
        assertFalse(assembler.isContinuing());
        assertEquals(1, add("c = 3;").size());
    }

    @Test
    void aSyntaxErrorOnALaterLineDropsTheEarlierLinesStatementsToo() {
        add("a = 1; def f(x) {");
        LineAssembler.Assembled assembled = assembler.add("  return x + ; }");
        assertEquals(List.of(), assembled.statements());
        assertNotNull(assembled.error());
    }

    @Test
    void syntaxErrorOnALaterLineOfAnEntryHasThatLine() {
        add("def f(x) {");
        LineAssembler.Assembled assembled = assembler.add("  return x + ; }");
        assertNotNull(assembled.error());
        assertEquals(2, assembled.error().line());
        assertEquals(14, assembled.error().column());
        assertFalse(assembler.isContinuing());
    }

    @Test
    void doubledSemicolonIsAnError() {
        // The original: "tokens;;":
        // >> 	!! antlr exception: extraneous input ';' expecting {<EOF>, 'set', ...} 	-- ignoring input
        LineAssembler.Assembled assembled = assembler.add("tokens;;");
        assertEquals(List.of(), assembled.statements(), "nothing of the line runs");
        assertEquals("1:8: unexpected ';'", assembled.error().getMessage().substring(0, 19));
    }

    @Test
    void endOfInputReportsAnUnfinishedStatement() {
        add("x = 1 +");
        assertTrue(assembler.isContinuing());
        var error = assembler.finish();
        assertNotNull(error);
        assertTrue(error.incomplete());
        assertFalse(assembler.isContinuing());
        assertNull(assembler.finish());
    }

    @Test
    void clearAbandonsTheEntry() {
        add("def f(x) {");
        assembler.clear();
        assertFalse(assembler.isContinuing());
        assertEquals(1, add("a = 2;").size());
    }
}
