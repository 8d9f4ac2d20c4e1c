package raspc.repl;

import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The standard library on several inputs, and the known paper programs. */
class LibraryAndProgramsTest {
    private final Session s = new Session();

    @Test
    void sortAndHist() {
        assertEquals("[e, h, l, l, o] (strings)", Statements.apply(s, "sort(tokens, tokens)(\"hello\")"));
        assertEquals("[a, a, b, c] (strings)", Statements.apply(s, "sort(tokens, tokens)(\"caba\")"));
        // as in the original, a function body checks its s-ops on the running example
        assertEquals("ERR invalid literal for int() with base 10: 'h'", Statements.one(s, "sort(tokens_int, tokens_int)([2, 3, 1]);"));
        Statements.run(s, "set example [1, 2]");
        assertEquals("[1, 2, 3] (ints)", Statements.apply(s, "sort(tokens_int, tokens_int)([2, 3, 1])"));
        assertEquals("[1, 1, 2, 2, 1] (ints)", Statements.apply(s, "selector_width(select(tokens, tokens, ==))(\"hello\")"));
        assertEquals("[1]*3 (ints)", Statements.apply(s, "selector_width(select(tokens, tokens, ==))(\"abc\")"));
    }

    @Test
    void libraryFunctions() {
        assertEquals("[2]*5 (ints)", Statements.apply(s, "count(tokens, \"l\")(\"hello\")"));
        assertEquals("[0]*3 (ints)", Statements.apply(s, "count(tokens, \"z\")(\"abc\")"));
        assertEquals("[T]*5 (bools)", Statements.apply(s, "contains(tokens, \"o\")(\"hello\")"));
        assertEquals("[F]*2 (bools)", Statements.apply(s, "contains(tokens, \"o\")(\"ab\")"));
        assertEquals("[2.0]*5 (floats)", Statements.apply(s, "average(indices)(\"hello\")"));
        Statements.run(s, "set example [1, 2]");
        assertEquals("[3, 2, 3] (ints)", Statements.apply(s, "max(tokens_int, 2)([3, 1, 3])"));
        assertEquals("[1, 2, 2] (ints)", Statements.apply(s, "min(tokens_int, 2)([1, 5, 2])"));
        assertEquals("[e]*5 (strings)", Statements.apply(s, "load_from_location(tokens, 1)(\"hello\")"));
        assertEquals("[_, h, e, l, l] (strings)", Statements.apply(s, "shift(tokens, 1, \"_\")(\"hello\")"));
        assertEquals("[F, F, T, F, F] (bools)", Statements.apply(s, "mark_first_instance(tokens, \"l\")(\"hello\")"));
        assertEquals("[F, F, F, T, F] (bools)", Statements.apply(s, "mark_last_instance(tokens, \"l\")(\"hello\")"));
        assertEquals("[T, F, F] (bools)", Statements.apply(s, "mark_first_instance(tokens, \"a\")(\"aba\")"));
        assertEquals("[F, F, T] (bools)", Statements.apply(s, "mark_last_instance(tokens, \"a\")(\"aba\")"));
        assertEquals("[2]*3 (ints)", Statements.apply(s, "selector_width(select_from_first(tokens, \"a\") or select_from_last(tokens, \"a\"))(\"aba\")"));
        assertEquals("[1, 1, 0, 0] (ints)", Statements.apply(s, "selector_width(select_next_identical(tokens))(\"abab\")"));
    }

    @Test
    void histogramWithBos() {
        Statements.run(s, """
                def bos_width(sel) {
                    with_bos = sel or select(indices, 0, ==);
                    return round(1 / aggregate(with_bos, indicator(indices == 0))) - 1;
                }
                hist_bos = bos_width(select(tokens, tokens, ==));
                """);
        assertEquals("[0, 3, 2, 3, 2, 6, 3, 3, 1, 6, 2, 2, 4, 6, 3, 3, 1, 6, 1, 3, 2, 1, 1, 6, 1, 3, 4, 2, 4, 6, 4, 3] (ints)",
                Statements.apply(s, "hist_bos(\"§hiya how are you doing there ey\")"));
    }

    @Test
    void dyck1Ptf() {
        Statements.run(s, """
                def ptf1() {
                    prefix = select(indices, indices, <=);
                    opened = (indices + 1) * aggregate(prefix, indicator(tokens == "("));
                    closed = (indices + 1) * aggregate(prefix, indicator(tokens == ")"));
                    balance = opened - closed;
                    broken = aggregate(prefix, indicator(balance < 0)) > 0;
                    return "F" if broken else ("T" if balance == 0 else "P");
                }
                dyck1 = ptf1();
                """);
        assertEquals("[P, T, P, P, P, P, P, T] (strings)", Statements.apply(s, "dyck1(\"()(()())\")"));
        assertEquals("[F]*3 (strings)", Statements.apply(s, "dyck1(\")((\")"));
    }

    @Test
    void reverseAndDyck2OfTheBenchmark() {
        for (raspc.grammar.ast.Stmt st : raspc.grammar.ProgramParser.parseProgram(
                raspc.compiler.bench.EvalBenchmark.programs(), "bench")) {
            s.execute(st);
        }
        assertEquals("[o, l, l, e, h] (strings)", Statements.apply(s, "reverse(\"hello\")"));
        assertEquals("[P, T, P, T, P, F] (strings)", Statements.apply(s, "dyck2(\"(){}{)\")"));
        assertEquals("[P, P, P, P, P, T] (strings)", Statements.apply(s, "dyck2(\"({()})\")"));
    }
}
