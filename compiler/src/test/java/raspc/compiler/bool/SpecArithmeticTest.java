package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Stmt;

/** A Boolean spec's arithmetic is the same Python arithmetic as RASP values' (PyNumbers). */
class SpecArithmeticTest {
    private static BooleanFunction compile(String body) {
        Stmt.Assign a = (Stmt.Assign) ProgramParser.parseEntry("e = " + body + ";", null);
        Expr e = a.values().get(0);
        return BooleanSpecCompiler.compile(new BooleanSpec("f", List.of("n"), e, e.pos()), List.of(3L));
    }

    private static void alwaysTrue(String body) {
        BooleanFunction f = compile(body);
        for (long x = 0; x < 8; x++) {
            assertTrue(f.eval(x), body + " at " + x);
        }
    }

    private static String error(String body) {
        return assertThrows(BoolSpecError.class, () -> compile(body).values()).getMessage();
    }

    @Test
    void floatModuloIsPythons() {
        // Python: 0.5 % 0.1 == 0.09999999999999998; floor(0.5 / 0.1) = 5 would give 0.0
        alwaysTrue("0.5 % 0.1 > 0.05");
        alwaysTrue("(x[0] - 7.5) % 2.0 == 0.5 + x[0]");
        alwaysTrue("(0 - 7) % 3 == 2");
    }

    @Test
    void pythonsErrorsAreReportedAtTheOperator() {
        assertEquals("1:10: integer modulo by zero", error("x[0] % (n - 3)"));
        assertEquals("1:10: float division by zero", error("x[0] / 0.0 > 1"));
        assertEquals("1:24: negative number cannot be raised to a fractional power", error("(0.0 - x[0] - 1.0) ^ 0.5 > 0"));
        // a float product may overflow to inf (Python's 1e300 * 1e300 is inf), a power may not
        assertEquals("1:5: cannot convert float NaN to integer",
                error("round(x[0] * ((10.0 ^ 300) * (10.0 ^ 300)) * 0.0) == 0"));
        assertEquals("1:12: integer literal too large for a Boolean function spec (64-bit ints): 99999999999999999999",
                error("x[0] + 99999999999999999999 > 0"));
        // Python: 10.0 ** 400 raises OverflowError: (34, 'Numerical result out of range')
        assertEquals("1:17: (34, 'Numerical result out of range')", error("x[0] + 10.0 ^ 400 > 0"));
    }

    private static void overflows(String body, String expected) {
        String message = error(body);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void intArithmeticOverflowsInsteadOfWrapping() {
        // Python's ints grow: 2 ** 63 is 9223372036854775808 and 3 ** 40 * 0 == 0 is True; a spec's
        // ints are 64-bit, so these are overflow errors, never a wrapped number (old code: 2 ** 63
        // gave -9223372036854775808 and the first spec was silently False)
        overflows("2 ^ (60 + n) > 0", "integer overflow: 2 ** 63 = 9223372036854775808");
        overflows("x[0] + 9223372036854775807 + n > 0", "integer overflow");
        overflows("(0 - 9223372036854775807) - n > 0", "integer overflow");
        overflows("4294967296 * 4294967296 * x[0] == 0", "integer overflow");
    }

    @Test
    void andOrGiveBitsNotOperands() {
        // Python's (0 or 2) is 2; a spec's and/or give the truth of that (see AndOr)
        alwaysTrue("(x[0] or 2) + 0 == 1");
        alwaysTrue("(x[0] and 0) + 0 == 0");
    }
}
