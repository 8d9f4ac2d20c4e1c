package raspc.repl;

import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values and operators with Python semantics; select/aggregate edge cases; control flow. */
class SemanticsTest {
    private final Session s = new Session();

    private String value(String expr) {
        String line = Statements.one(s, expr + ";");
        int at = line.indexOf(" =  ");
        return at >= 0 ? line.substring(at + 4) : line.substring(line.indexOf(" = ") + 3);
    }

    @Test
    void atomArithmeticIsPython() {
        assertEquals("3.5", value("7 / 2"));
        assertEquals("2.0", value("4 / 2"));
        assertEquals("2", value("-7 % 3"));
        assertEquals("-2", value("7 % (0 - 3)"));
        assertEquals("1024", value("2 ^ 10"));
        assertEquals("0.5", value("2 ^ (0 - 1)"));
        assertEquals("2", value("round(2.5)"));
        assertEquals("4", value("round(3.5)"));
        assertEquals("2", value("True + 1"));
        assertEquals("False", value("1 == \"1\""));
        assertEquals("True", value("1 == 1.0"));
        assertEquals("\"abab\"", value("\"ab\" * 2"));
        assertEquals("0.30000000000000004", value("0.1 + 0.2"));
        assertEquals("1e-05", value("1 / 100000"));
        assertEquals("1e+16", value("10.0 ^ 16"));
        assertEquals("\"b\"", value("0 or \"b\""));
        assertEquals("0", value("0 and \"b\""));
        assertEquals("ERR '<' not supported between instances of 'str' and 'int'", Statements.one(s, "\"a\" < 1;"));
        assertEquals("ERR division by zero", Statements.one(s, "1 / 0;"));
        assertEquals("ERR unsupported operand type(s) for +: 'int' and 'str'", Statements.one(s, "1 + \"a\";"));
    }

    /**
     * Ints are exact, as Python's. Before, {@code c = 9007199254740993;} printed ...992,
     * {@code 2 ^ 10000} was inf and {@code 99999999999999999999;} "integer literal too large".
     * Atoms are now exact at any size; s-ops hold 64-bit ints, so an int past them in an s-op is
     * an error rather than a wrong number (the original, with Python ints, prints
     * {@code out("hello") = [0, 1, 1180591620717411303424, ...]} for {@code indices ^ 70}).
     */
    @Test
    void integersAreExact() {
        // each expected line is the original's output
        assertEquals("    value: c =  9007199254740993", Statements.one(s, "c = 9007199254740993;"));
        assertEquals("    value: out =  99999999999999999999", Statements.one(s, "99999999999999999999;"));
        assertEquals("    value: out =  1267650600228229401496703205376", Statements.one(s, "2 ^ 100;"));
        assertEquals("    value: out =  9007199515875289", Statements.one(s, "94906267 * 94906267;"));
        assertEquals("    value: x =  12157665459056928801", Statements.one(s, "x = 3 ^ 40;"));
        assertEquals("    value: out =  1.2157665459056929e+19", Statements.one(s, "x + 0.5;"));
        assertEquals("    value: out =  4", Statements.one(s, "x % 7;"));
        assertEquals("    value: out =  -3", Statements.one(s, "x % (0 - 7);"));
        assertEquals("    value: out =  -12157665459056928801", Statements.one(s, "-x;"));
        assertEquals("    value: out =  False", Statements.one(s, "2 ^ 53 + 1 == 9007199254740992.0;"));
        assertEquals("    value: out =  True", Statements.one(s, "2 ^ 53 + 1 > 9007199254740992.0;"));
        assertEquals("    value: out =  True", Statements.one(s, "round(10.0 ^ 300) == 10.0 ^ 300;"));
        assertEquals("    value: out =  \"a\"", Statements.one(s, "{2 ^ 60: \"a\"}[2.0 ^ 60];"));
        assertEquals("    value: out =  True", Statements.one(s, "2 ^ 10000 > 0;"));
        assertEquals("ERR int too large to convert to float", Statements.one(s, "(2 ^ 1100) * 1.0;"));
        // the original: "(34, 'Numerical result out of range')"; raspc said inf
        assertEquals("ERR (34, 'Numerical result out of range')", Statements.one(s, "10.0 ^ 400;"));
        assertEquals("    value: out =  0.0", Statements.one(s, "2 ^ (0 - 2000);"));
        // s-ops: exact to 64 bits, past them an overflow error (see SopIntegersTest)
        assertEquals("ERR integer overflow: 2 ** 70 = 1180591620717411303424 is past the 64 bits an s-op's int holds"
                + " (-2^63 to 2^63-1)", Statements.one(s, "indices ^ 70;"));
        assertEquals("ERR integer overflow: int('99999999999999999999') = 99999999999999999999 is past the 64 bits"
                + " an s-op's int holds (-2^63 to 2^63-1)", Statements.one(s, "tokens_int([\"99999999999999999999\"]);"));
    }

    @Test
    void listsDictsComprehensions() {
        assertEquals("[0, 2, 4]", value("[x * 2 for x in range(3)]"));
        assertEquals("{'a': 1, 'b': 2}", value("{k: v for k, v in zip([\"a\", \"b\"], [1, 2])}"));
        assertEquals("3", value("len([1, 2, 3])"));
        assertEquals("[1, 2, 3, 4]", value("[1, 2] + [3, 4]"));
        assertEquals("True", value("2 in [1, 2]"));
        assertEquals("[2, 1]", value("range(2, 0, 0 - 1)"));
        assertEquals("{1: 'b'}", value("{1: \"a\", True: \"b\"}"));
        assertEquals("\"c\"", value("\"abc\"[0 - 1]"));
        assertEquals("ERR can only concatenate list (not \"int\") to list", Statements.one(s, "range(7) + 6;"));
        assertEquals("ERR index [ 4 ] not in dict.", Statements.one(s, "{1: 2}[4];"));
    }

    @Test
    void indexingWithSops() {
        Statements.run(s, "set example \"12345\"");
        Statements.run(s, "d = {\"1\": 1, \"2\": 2, \"3\": 3, \"4\": 5, \"5\": 4};");
        assertTrue(Statements.one(s, "d[tokens];").endsWith("= [1, 2, 3, 5, 4] (ints)"));
        assertEquals("ERR index [ 0 ] not in dict.", Statements.one(s, "d[indices];"));
        assertTrue(Statements.one(s, "\"qwertyuioplkjhgfdsazxcvbnm\"[indices * 3];").endsWith("= [q, r, u, p, j] (strings)"));
        assertTrue(Statements.one(s, "tokens[4];").endsWith("= [5]*5 (strings)"));
        assertTrue(Statements.one(s, "tokens[0 - 1];").endsWith("= [5]*5 (strings)"));
        assertEquals("ERR index into sequence has to be integer, got: indices", Statements.one(s, "tokens[indices];"));
    }

    @Test
    void selectAndAggregateEdgeCases() {
        // none selected -> default 0 (int) or given default; one -> value as is; several -> mean
        assertEquals("[0, 0, 0.0, 0.333, 0.5] (floats)",
                Statements.apply(s, "aggregate(select(indices, indices, <), indicator(tokens == \"l\"))(\"hello\")"));
        assertEquals("[e, y, _] (strings)", Statements.apply(s, "aggregate(select(indices, indices + 1, ==), tokens, \"_\")(\"hey\")"));
        assertEquals("ERR attempted to create sequence with vals of different types: ['e', 'l', 'l', 'o', 0]",
                Statements.one(s, "aggregate(select(indices, indices + 1, ==), tokens);"));
        assertEquals("ERR asked to average multiple values, but they are non-numbers: ['h', 'e', 'l', 'l', 'o']",
                Statements.one(s, "aggregate(full_s, tokens);"));
        // a column of bools is not numeric for the original (its type label is bool)
        assertTrue(Statements.one(s, "aggregate(full_s, tokens == \"l\");").startsWith("ERR asked to average"));
        // ints mixed with bools are ints: bools count as numbers
        assertEquals("[0.5]*2 (floats)", Statements.apply(s, "aggregate(full_s, 0 if indices == 0 else (tokens == \"b\"))(\"ab\")"));
        // select(keys, queries, <): key < query
        assertEquals("[0, 1, 2] (ints)", Statements.apply(s, "selector_width(select(indices, indices, <))(\"abc\")"));
        assertEquals("[0, 1, 1] (ints)", Statements.apply(s, "selector_width(select(indices, indices, <) and select(tokens, tokens, ==) or select(indices, 0, ==) and not select(indices, indices, ==))(\"aba\")"));
        assertEquals("[3]*3 (ints)", Statements.apply(s, "selector_width(full_s)(\"abc\")"));
    }

    @Test
    void elementwiseOpsOnSops() {
        assertEquals("[4, 3, 2, 1, 0] (ints)", Statements.apply(s, "(length - indices - 1)(\"hello\")"));
        assertEquals("[1, 0, 1, 0] (ints)", Statements.apply(s, "((indices + 1) % 2)(\"abcd\")"));
        assertEquals("[a, 1, a] (strings)", Statements.apply(s, "(\"a\" if indices % 2 == 0 else tokens)(\"010\")"));
        assertEquals("[T, F, T] (bools)", Statements.apply(s, "(tokens in [\"a\", \"c\"])(\"abc\")"));
        assertEquals("[F, T, F] (bools)", Statements.apply(s, "(not (tokens == \"a\" or tokens == \"c\"))(\"abc\")"));
        assertEquals("[2, 2, 4] (ints)", Statements.apply(s, "round(tokens_float * 1.25)([\"1.6\", \"2\", \"3.2\"])"));
        assertEquals("[1.5, 2.0] (floats)", Statements.apply(s, "(tokens_int / 2)([3, 4])"));
        assertEquals("ERR unsupported operand type(s) for /: 'int' and 'str'", Statements.one(s, "1 / tokens;"));
        assertEquals("ERR invalid literal for int() with base 10: 'h'", Statements.one(s, "tokens_int;"));
    }

    @Test
    void functionsClosuresAndLoops() {
        Statements.run(s, "a = 3; for i in range(4) { a = a + i; }");
        assertEquals("    value: a =  9", Statements.one(s, "a;"));
        Statements.run(s, "def add(x) { y = x + a; return y; }");
        assertEquals("    value: out =  10", Statements.one(s, "add(1);"));
        assertEquals("ERR Undefined variable: y", Statements.one(s, "y;"));
        Statements.run(s, "a = 100;"); // closures see the defining environment as it is now
        assertEquals("    value: out =  101", Statements.one(s, "add(1);"));
        Statements.run(s, "def two() { return 1, 2; } p, q = two();");
        assertEquals("    value: q =  2", Statements.one(s, "q;"));
        Statements.run(s, "def fact(n) { return 1 if n < 2 else n * fact(n - 1); }");
        assertEquals("    value: out =  3628800", Statements.one(s, "fact(10);"));
        Statements.run(s, "def forever(n) { return forever(n); }");
        assertTrue(Statements.one(s, "forever(1);").startsWith("ERR recursion depth limit"));
        assertEquals("ERR wrong number of args for add- expected: 1, got: 2.", Statements.one(s, "add(1, 2);"));
    }

    @Test
    void stayConstant() {
        Statements.run(s, "a = 4; b = a; a = 3;");
        assertEquals("    value: b =  4", Statements.one(s, "b;"));
        Statements.run(s, "a = indices; b = a; a = a + 1;");
        assertEquals(" \t Example: b(\"hello\") = [0, 1, 2, 3, 4] (ints)", Statements.run(s, "b;").get(1));
    }
}
