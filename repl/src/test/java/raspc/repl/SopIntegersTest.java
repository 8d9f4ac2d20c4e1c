package raspc.repl;

import raspc.compiler.MachineEval;
import raspc.compiler.Session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S-op ints are exact 64-bit longs, as Python's ints are exact: before, s-ops held doubles and
 * every int past 2^53 was "integer too large for an s-op" (and sums inside aggregate's mean were
 * rounded). Each expected value is what the original interpreter (tech-srl/RASP, run through
 * shared/tools/original-rasp.sh) prints for the same statements, quoted in the comments. Past 64
 * bits the original still computes (Python ints grow); raspc reports an overflow at the statement
 * instead of a wrong number.
 */
class SopIntegersTest {
    private static final String PAST_64 = " is past the 64 bits an s-op's int holds (-2^63 to 2^63-1)";

    private final Session s = new Session();

    private String example(String sop) {
        String out = Statements.one(s, sop);
        return out.substring(out.indexOf(" = ", out.indexOf("Example:")) + 3);
    }

    @Test
    void intsPast2To53AreExact() {
        // a = indices + 9007199254740993;
        // original: a("hello") = [9007199254740993, 9007199254740994, 9007199254740995, 9007199254740996, 9007199254740997] (ints)
        assertEquals("[9007199254740993, 9007199254740994, 9007199254740995, 9007199254740996, 9007199254740997] (ints)",
                example("a = indices + 9007199254740993;"));
        // b = indices ^ 31;   original: b("hello") = [0, 1, 2147483648, 617673396283947, 4611686018427387904] (ints)
        assertEquals("[0, 1, 2147483648, 617673396283947, 4611686018427387904] (ints)", example("b = indices ^ 31;"));
        Statements.run(s, "set example [1, 2, 3]");
        // t = tokens_int * 9007199254740993;
        // original: t([1, 2, 3]) = [9007199254740993, 18014398509481986, 27021597764222979] (ints)
        assertEquals("[9007199254740993, 18014398509481986, 27021597764222979] (ints)",
                example("t = tokens_int * 9007199254740993;"));
        Statements.run(s, "set example [\"9223372036854775807\", \"-9223372036854775808\"]");
        // original: p(['9223372036854775807', '-9223372036854775808']) = [9223372036854775807, -9223372036854775808] (ints)
        assertEquals("[9223372036854775807, -9223372036854775808] (ints)", example("p = tokens_int;"));
    }

    @Test
    void intsCompareExactlyWithIntsAndFloats() {
        Statements.run(s, "set example [9007199254740993, 9007199254740992]");
        // as doubles both were 2^53, so each selected two keys
        // original: w([9007199254740993, 9007199254740992]) = [1]*2 (ints)
        assertEquals("[1]*2 (ints)", example("w = selector_width(select(tokens_int, tokens_int, ==));"));
        // tokens_float rounds 2^53 + 1 to 2^53 (Python's float(int)), which equals only the int 2^53
        // original: m([9007199254740993, 9007199254740992]) = [1]*2 (ints)
        assertEquals("[1]*2 (ints)", example("m = selector_width(select(tokens_int, tokens_float, ==));"));
        // original: e([9007199254740993, 9007199254740992]) = [F, T] (bools)
        assertEquals("[F, T] (bools)", example("e = tokens_int == 9007199254740992.0;"));
        // original: g([9007199254740993, 9007199254740992]) = [T, F] (bools)
        assertEquals("[T, F] (bools)", example("g = tokens_int > 9007199254740992.0;"));
    }

    /** A NaN key leaves the integer fast path of select; there it must stay unordered and unequal. */
    @Test
    void nanIsUnorderedInSelectors() {
        Statements.run(s, "set example [\"nan\", \"1\"]");
        // original: lt(['nan', '1']) = [0]*2 (ints)
        assertEquals("[0]*2 (ints)", example("lt = selector_width(select(tokens_float, tokens_float, <));"));
        // original: eq(['nan', '1']) = [0, 1] (ints)
        assertEquals("[0, 1] (ints)", example("eq = selector_width(select(tokens_float, tokens_float, ==));"));
        // original: mix(['nan', '1']) = [1]*2 (ints)
        assertEquals("[1]*2 (ints)", example("mix = selector_width(select(tokens_float, indices, >=));"));
    }

    @Test
    void meanAndDivisionRoundOnceAsPython() {
        Statements.run(s, "set example [9007199254740993, 1]");
        // sum() is exact (9007199254740994) before the one conversion to float; summing doubles gave ...496.0
        // original: mean([9007199254740993, 1]) = [9007199254740993, 4503599627370497.0] (floats)
        assertEquals("[9007199254740993, 4503599627370497.0] (floats)",
                example("mean = aggregate(select(indices, indices, <=), tokens_int);"));
        // int / int is the exact quotient rounded once (doubles gave 3002399751580330.5)
        // original: d([9007199254740993, 1]) = [3002399751580331.0, 0.333] (floats)
        assertEquals("[3002399751580331.0, 0.333] (floats)", example("d = tokens_int / 3;"));
        Statements.run(s, "set example [9223372036854775807, 9223372036854775807]");
        // a sum past 64 bits is still exact inside the mean
        // original: big([9223372036854775807, 9223372036854775807]) = [9223372036854775807, 9.223372036854776e+18] (floats)
        assertEquals("[9223372036854775807, 9.223372036854776e+18] (floats)",
                example("big = aggregate(select(indices, indices, <=), tokens_int);"));
    }

    @Test
    void pastSixtyFourBitsIsALocatedOverflow() {
        Statements.run(s, "set example [3, 2]");
        // original: q([3, 2]) = [12157665459056928801, 1099511627776] (ints)
        assertEquals("1:16: integer overflow: 3 ** 40 = 12157665459056928801" + PAST_64 + " (on the s-op example [3, 2])",
                located("q = tokens_int ^ 40;"));
        Statements.run(s, "set example [-9223372036854775807, 1]");
        // original: n([-9223372036854775807, 1]) = [9223372036854775808, 0] (ints)
        assertEquals("ERR integer overflow: -(-9223372036854775808) = 9223372036854775808" + PAST_64,
                Statements.one(s, "n = -(tokens_int - 1);"));
        Statements.run(s, "set example \"hello\"");
        // original: y("hello") = [9223372036854775807, 9223372036854775808, ...] (ints)
        assertEquals("ERR integer overflow: 1 + 9223372036854775807 = 9223372036854775808" + PAST_64,
                Statements.one(s, "y = indices + 9223372036854775807;"));
        // an atom past 64 bits is exact, and only its use in an s-op overflows
        // original: value: out =  1180591620717411303424; then z("hello") = [1180591620717411303424, ...] (ints)
        assertEquals("    value: out =  1180591620717411303424", Statements.one(s, "2 ^ 70;"));
        assertEquals("ERR integer overflow: 1180591620717411303424" + PAST_64, Statements.one(s, "z = indices + 2 ^ 70;"));
        // original: something went wrong: (34, 'Numerical result out of range')
        Statements.run(s, "set example [10.0, 2.0]");
        assertEquals("ERR (34, 'Numerical result out of range')", Statements.one(s, "f = tokens_float ^ 400;"));
    }

    /** The statement's error with its position and the example it failed on. */
    private String located(String statement) {
        try {
            s.execute(raspc.grammar.ProgramParser.parseProgram(statement, null).get(0));
            throw new AssertionError("no error from " + statement);
        } catch (raspc.compiler.error.RaspError e) {
            return e.getMessage();
        }
    }

    @Test
    void evalJsonIsExact() {
        Statements.run(s, "set example [1] next = tokens_int + 1;");
        // original: next([9223372036854775806]) = [9223372036854775807] (ints)
        List<String> lines = new java.util.ArrayList<>();
        assertEquals(1, MachineEval.eval(s, "next", List.of("[9223372036854775806]", "[9223372036854775808]"), lines::add));
        assertEquals(List.of("{\"input\":\"[9223372036854775806]\",\"output\":[9223372036854775807],\"type\":\"ints\"}",
                "{\"input\":\"[9223372036854775808]\",\"error\":\"integer overflow: 9223372036854775808" + PAST_64 + "\"}"),
                lines);
    }
}
