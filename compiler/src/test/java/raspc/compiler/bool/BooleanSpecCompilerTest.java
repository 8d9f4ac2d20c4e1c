package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;

class BooleanSpecCompilerTest {

    /** Parses the body the way the brief suggests: as the value of an assignment. */
    private static BooleanSpec spec(String name, String params, String body) {
        Stmt.Assign a = (Stmt.Assign) ProgramParser.parseEntry("e = " + body + ";", null);
        Expr e = a.values().get(0);
        return new BooleanSpec(name, List.of(params.split(",\\s*")), e, e.pos());
    }

    private static BooleanFunction compile(String params, String body, long... args) {
        List<Long> values = new ArrayList<>();
        for (long a : args) {
            values.add(a);
        }
        return BooleanSpecCompiler.compile(spec("f", params, body), values);
    }

    /** Every input for small n, 20,000 random ones otherwise. */
    private static void assertSame(BooleanFunction expected, BooleanFunction actual) {
        assertEquals(expected.n(), actual.n());
        int n = expected.n();
        if (n <= 16) {
            for (long x = 0; x < 1L << n; x++) {
                assertEquals(expected.eval(x), actual.eval(x), actual.name() + " at " + Long.toBinaryString(x));
            }
            assertEquals(expected.values(), actual.values());
            return;
        }
        SplittableRandom rng = new SplittableRandom(n);
        long mask = (1L << n) - 1;
        for (int t = 0; t < 20_000; t++) {
            long x = rng.nextLong() & mask;
            assertEquals(expected.eval(x), actual.eval(x), actual.name() + " at " + Long.toBinaryString(x));
        }
    }

    @Test
    void theBriefsExamplesMatchTheBuilders() {
        for (int n : new int[] {3, 8, 12, 40}) {
            assertSame(BooleanFunctions.parity(n), compile("n", "parity(x)", n));
            assertSame(BooleanFunctions.strictMajority(n), compile("n", "2 * sum(x) > n", n));
            assertSame(BooleanFunctions.first(n), compile("n", "x[0]", n));
            assertSame(BooleanFunctions.and(n), compile("n", "all(x)", n));
            assertSame(BooleanFunctions.or(n), compile("n", "any(x)", n));
            assertSame(BooleanFunctions.junta(n, new int[] {0, 1, 2}, y -> ((y & 3) == 3) || (y & 4) == 0),
                    compile("n", "(x[0] and x[1]) or not x[2]", n));
            long mask = (1L << n) - 1;
            LongPredicate threshold = x -> 4 * Long.bitCount(x & mask) >= 3 * n;
            assertSame(BooleanFunction.of("t", n, threshold), compile("n", "sum(x) / n >= 0.75", n));
        }
        for (int n : new int[] {9, 15, 40, 63}) {
            assertSame(BooleanFunctions.randomSparseParity(n, 3, 0L), compile("n, k", "parity([x[i] for i in choose(n, k, 0)])", n, 3));
        }
        assertSame(BooleanFunctions.sparseParity(40, 2, 9, 23, 36), compile("n", "parity([x[2], x[9], x[23], x[36]])", 40));
        for (int n : new int[] {4, 10, 20}) {
            assertSame(BooleanFunctions.randomTable(n, 7), compile("n, seed", "random_table(seed)", n, 7));
        }
        assertSame(BooleanFunctions.parity(63), compile("n", "parity(x)", 63));
    }

    @Test
    void namesAndArityComeFromTheSpecAndItsArguments() {
        BooleanFunction f = BooleanSpecCompiler.compile(spec("sparse_parity", "n, k", "parity([x[i] for i in choose(n, k, 0)])"),
                List.of(40L, 4L));
        assertEquals("sparse_parity_40_4", f.name());
        assertEquals(40, f.n());
    }

    @Test
    void randomTableReadsBitZeroAsTheMostSignificantTableBit() {
        int n = 5;
        long[] words = SeededChoices.randomTableWords(n, 3);
        BooleanFunction f = compile("n, seed", "random_table(seed)", n, 3);
        for (long x = 0; x < 32; x++) {
            long t = 0;
            for (int i = 0; i < n; i++) {
                t = t * 2 + ((x >>> i) & 1); // x[0] first, so it ends up most significant
            }
            assertEquals(((words[0] >>> t) & 1) == 1, f.eval(x));
        }
        assertTrue(f.values().countOnes() > 0 && f.values().countOnes() < 32);
    }

    @Test
    void chooseIsSortedDistinctAndDeterministic() {
        int[] a = SeededChoices.choose(40, 4, 0);
        assertEquals(4, a.length);
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1] < a[i]);
        }
        assertEquals(List.of(a[0], a[1], a[2], a[3]),
                List.of(SeededChoices.choose(40, 4, 0)[0], SeededChoices.choose(40, 4, 0)[1],
                        SeededChoices.choose(40, 4, 0)[2], SeededChoices.choose(40, 4, 0)[3]));
    }

    @Test
    void moreLanguage() {
        // negative index, len, range with step, ternary on the input, xor, arithmetic, dynamic index
        assertSame(BooleanFunction.of("last", 6, x -> (x & 32) != 0), compile("n", "x[-1]", 6));
        assertSame(BooleanFunction.of("last", 6, x -> (x & 32) != 0), compile("n", "x[len(x) - 1]", 6));
        assertSame(BooleanFunction.of("evens", 7, x -> (Long.bitCount(x & 0b1010101) & 1) == 1),
                compile("n", "parity([x[i] for i in range(0, n, 2)])", 7));
        assertSame(BooleanFunction.of("mux", 3, x -> ((x & 1) != 0) ? (x & 2) != 0 : (x & 4) != 0),
                compile("n", "x[1] if x[0] else x[2]", 3));
        assertSame(BooleanFunction.of("xor", 4, x -> (((x & 1) ^ ((x >> 1) & 1) ^ ((x >> 3) & 1)) == 1)),
                compile("n", "xor(x[0], x[1], x[3])", 4));
        assertSame(BooleanFunction.of("neq", 4, x -> (x & 1) != ((x >> 3) & 1)), compile("n", "x[0] != x[-1]", 4));
        assertSame(BooleanFunctions.parity(6), compile("n", "sum(x) % 2 == 1", 6));
        assertSame(BooleanFunctions.parity(6), compile("n", "(-1) ^ sum(x) < 0", 6));
        // pointer: read the bit whose index is given by the first three bits
        BooleanFunction pointer = compile("n", "x[3 + x[0] + 2 * x[1] + 4 * x[2]]", 11);
        assertSame(BooleanFunction.of("ptr", 11, x -> ((x >>> (3 + (x & 7))) & 1) != 0), pointer);
        // comprehension over the bits themselves, and over a list of ints with two names
        assertSame(BooleanFunctions.and(5), compile("n", "sum([1 - b for b in x]) == 0", 5));
        assertSame(BooleanFunction.of("pairs", 6, x -> ((x & 3) == 3) || ((x & 48) == 48)),
                compile("n", "any([x[i] and x[j] for i, j in [[0, 1], [4, 5]]])", 6));
        // repeated bits count twice in sum and cancel in parity
        assertSame(BooleanFunction.of("twice", 3, x -> 2 * (x & 1) + ((x >> 1) & 1) >= 2), compile("n", "sum([x[0], x[0], x[1]]) >= 2", 3));
        assertSame(BooleanFunction.of("cancel", 3, x -> (x & 2) != 0), compile("n", "parity([x[0], x[1], x[0]])", 3));
        // constants, True/False, in, round, indicator
        assertSame(BooleanFunction.of("t", 3, x -> true), compile("n", "True or x[0]", 3));
        assertSame(BooleanFunction.of("f", 3, x -> false), compile("n", "n > 5", 3));
        assertSame(BooleanFunction.of("in", 4, x -> Long.bitCount(x) == 1 || Long.bitCount(x) == 3), compile("n", "sum(x) in [1, 3]", 4));
        assertSame(BooleanFunctions.strictMajority(5), compile("n", "round(sum(x) / n + 0.1) == 1", 5));
        assertSame(BooleanFunctions.first(4), compile("n", "indicator(x[0] == 1)", 4));
    }

    @Test
    void realValuedCompilationGivesTheMean() {
        RealFunction mean = BooleanSpecCompiler.compileReal(spec("mean", "n", "sum(x) / n"), List.of(8L));
        assertEquals(0.375, mean.eval(0b10010001L), 1e-15);
        assertEquals("mean_8", mean.name());
    }

    private static BoolSpecError error(String params, String body, long... args) {
        return assertThrows(BoolSpecError.class, () -> compile(params, body, args).values());
    }

    @Test
    void mistakesAreReportedWithTheirPosition() {
        BoolSpecError e = error("n", "parity(y)", 4);
        assertEquals(new Pos(1, 12), e.pos()); // "e = parity(y)": y is at column 12
        assertTrue(e.getMessage().startsWith("1:12: unknown name 'y'"), e.getMessage());
        assertTrue(e.getMessage().contains("n, x"), e.getMessage());

        BoolSpecError notList = error("n", "parity(n) or parity(x[1])", 4);
        assertEquals(new Pos(1, 12), notList.pos(), notList.getMessage());
        assertTrue(notList.getMessage().endsWith("must be a list, got an int"), notList.getMessage());
        assertEquals(new Pos(1, 18), error("n", "x[0] + 1.5 + x", 4).pos());
        assertTrue(error("n", "x[9]", 4).getMessage().contains("index 9 is out of range for a list of 4 items"));
        assertTrue(error("n", "x + 1", 4).getMessage().contains("got a list"));
        assertTrue(error("n", "x", 4).getMessage().contains("not a bit"));
        assertTrue(error("n", "sum(x)", 4).getMessage().contains("is 2, not a bit"));
        assertTrue(error("n", "frobnicate(x)", 4).getMessage().contains("unknown function 'frobnicate'"));
        assertTrue(error("n", "parity(3)", 4).getMessage().contains("must be a list"));
        assertTrue(error("n", "\"abc\" == x[0]", 4).getMessage().contains("a string is not supported"));
        assertTrue(error("n", "select(x, x, ==)", 4).getMessage().contains("select(...) is not supported"));
        assertTrue(error("n", "x[1.5]", 4).getMessage().contains("must be an int"));
        assertTrue(error("n", "x[0] / (n - 4)", 4).getMessage().contains("division by zero"));
        assertTrue(error("n, k", "parity([x[i] for i in choose(n, k, 0)])", 4, 9).getMessage().contains("0 <= k <= n"));
        assertTrue(error("n", "choose(n, sum(x), 0)[0]", 4).getMessage().contains("must not depend on the input"));
        assertTrue(error("n, seed", "random_table(seed)", 40, 1).getMessage().contains("n <= 30"));
        BooleanFunction pointer = compile("n", "x[sum(x) + 1]", 4);
        assertTrue(pointer.eval(0b1001L));
        BoolSpecError late = assertThrows(BoolSpecError.class, () -> pointer.eval(0b1111L));
        assertTrue(late.getMessage().endsWith("index 5 is out of range for a list of 4 items (at input 1111)"), late.getMessage());
        assertEquals(new Pos(1, 5), late.pos());
        assertTrue(error("n", "[x[0]] if x[1] else [x[2]]", 4).getMessage().contains("not lists"));
    }

    @Test
    void badParametersAreReported() {
        BooleanSpec s = spec("parity", "n", "parity(x)");
        assertTrue(assertThrows(BoolSpecError.class, () -> BooleanSpecCompiler.compile(s, List.of(64L)))
                .getMessage().contains("between 1 and 63"));
        assertTrue(assertThrows(BoolSpecError.class, () -> BooleanSpecCompiler.compile(s, List.of(4L, 2L)))
                .getMessage().contains("parity(n) takes 1 int, got 2"));
        assertThrows(BoolSpecError.class, () -> spec("bad", "n, x", "x[0]"));
        assertThrows(BoolSpecError.class, () -> spec("bad", "n, n", "x[0]"));
    }

    @Test
    void parseHelperKeepsColumnsOfTheBody() {
        BooleanSpec s = BooleanSpec.parse("f", List.of("n"), "x[0] and zz");
        BoolSpecError e = assertThrows(BoolSpecError.class, () -> BooleanSpecCompiler.compile(s, List.of(3L)));
        assertEquals(new Pos(1, 10), e.pos());
    }

    @Test
    void evaluationIsFastEnoughForLargeTables() {
        BooleanFunction f = compile("n", "2 * sum(x) > n", 22);
        long t0 = System.nanoTime();
        long ones = f.values().countOnes();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("truth table of the compiled majority_22 spec: %.3f s%n", s);
        assertEquals(BooleanFunctions.strictMajority(22).values().countOnes(), ones);
        assertTrue(s < 30);
    }
}
