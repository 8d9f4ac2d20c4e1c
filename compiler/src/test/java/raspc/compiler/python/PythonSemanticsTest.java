package raspc.compiler.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.grammar.ast.BinaryOp;

/** The shared Python semantics, with values as CPython 3 gives them. */
class PythonSemanticsTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void numbers() {
        assertEquals(2.0, PyNumbers.modulo(-7, 3, true));
        assertEquals(-2.0, PyNumbers.modulo(7, -3, true));
        assertEquals(0.09999999999999998, PyNumbers.modulo(0.5, 0.1, false));
        assertEquals(1.0, PyNumbers.modulo(-1e-20, 1.0, false));
        assertEquals(2L, PyNumbers.modulo(-7L, 3L));
        assertEquals(3.5, PyNumbers.divide(7, 2, true));
        assertEquals("division by zero", assertThrows(RaspError.class, () -> PyNumbers.divide(1, 0, true)).getMessage());
        assertEquals("float division by zero", assertThrows(RaspError.class, () -> PyNumbers.divide(1, 0, false)).getMessage());
        assertEquals("integer modulo by zero", assertThrows(RaspError.class, () -> PyNumbers.modulo(1L, 0L)).getMessage());
        assertEquals("float modulo", assertThrows(RaspError.class, () -> PyNumbers.modulo(1.5, 0, false)).getMessage());
        assertEquals(0.5, PyNumbers.floatPower(2, -1));
        assertEquals(1024L, PyNumbers.intPower(2L, 10L));
        // s-op ints are exact to 64 bits: (2^40)^2 must not wrap around in a long and pass
        assertEquals(1L << 62, PyNumbers.intPower(2, 62));
        assertEquals(Long.MIN_VALUE, PyNumbers.intPower(-2, 63));
        assertEquals(4052555153018976267L, PyNumbers.intPower(3, 39));
        assertThrows(RaspError.class, () -> PyNumbers.intPower(1L << 40, 2));
        assertThrows(RaspError.class, () -> PyNumbers.intPower(2, 63));
        assertEquals("integer overflow: 3 ** 40 = 12157665459056928801 is past the 64 bits an s-op's int holds"
                + " (-2^63 to 2^63-1)", assertThrows(RaspError.class, () -> PyNumbers.intPower(3, 40)).getMessage());
        assertEquals(-1L, PyNumbers.intPower(-1, 1_000_000_000_000_001L));
        assertEquals("0.0 cannot be raised to a negative power",
                assertThrows(RaspError.class, () -> PyNumbers.floatPower(0, -1)).getMessage());
        assertEquals(2L, PyNumbers.round(2.5));
        assertEquals(4L, PyNumbers.round(3.5));
        assertEquals(-2L, PyNumbers.round(-2.5));
        assertEquals(-9223372036854775808L, PyNumbers.round(-0x1p63));
        assertThrows(RaspError.class, () -> PyNumbers.round(0x1p63));
        assertThrows(RaspError.class, () -> PyNumbers.round(Double.POSITIVE_INFINITY));
    }

    @Test
    void andOrPickAnOperandOrGiveItsTruth() {
        Value zero = Atom.ofInt(0);
        Value b = Atom.ofStr("b");
        assertEquals(b, PyValues.andOr(AndOr.OR, zero, b));
        assertEquals(zero, PyValues.andOr(AndOr.AND, zero, b));
        assertEquals(b, PyValues.andOr(AndOr.AND, Atom.ofInt(2), b));
        assertEquals(new Value.ListVal(List.of(zero)), PyValues.andOr(AndOr.OR, new Value.ListVal(List.of(zero)), b));
        for (AndOr op : AndOr.values()) {
            for (boolean l : new boolean[] {false, true}) {
                for (boolean r : new boolean[] {false, true}) {
                    assertEquals(op == AndOr.AND ? l && r : l || r, op.truth(l, r), op + " " + l + " " + r);
                    assertEquals(PyValues.truthy(PyValues.andOr(op, Atom.ofBool(l), Atom.ofBool(r))), op.truth(l, r));
                }
            }
        }
    }

    @Test
    void stringsAreCodePoints() {
        assertEquals(3, PyStrings.length("a" + EMOJI + "b"));
        assertEquals(EMOJI, PyStrings.at("a" + EMOJI + "b", 1));
        assertEquals("b", PyStrings.at("a" + EMOJI + "b", 2));
        assertTrue(PyStrings.compare(EMOJI, "\uFF5E") > 0, "U+1F600 is after U+FF5E");
        assertTrue(PyStrings.compare("ab", "abc") < 0);
        assertEquals(0, PyStrings.compare("a" + EMOJI, "a" + EMOJI));
        assertEquals(Atom.ofStr(EMOJI), PyValues.index(Atom.ofStr(EMOJI + "x"), Atom.ofInt(-2)));
        assertEquals("index 2 out of range for string of length 2",
                assertThrows(RaspError.class, () -> PyValues.index(Atom.ofStr(EMOJI + "x"), Atom.ofInt(2))).getMessage());
    }

    @Test
    void containers() {
        Value l = new Value.ListVal(List.of(Atom.ofInt(1)));
        assertEquals(new Value.ListVal(List.of(Atom.ofInt(1), Atom.ofInt(1))), PyValues.binary(BinaryOp.MUL, Atom.ofInt(2), l));
        assertEquals(Atom.TRUE, PyValues.binary(BinaryOp.EQ, l, new Value.ListVal(List.of(Atom.ofFloat(1.0)))));
        assertEquals("'<' not supported between instances of 'list' and 'int'",
                assertThrows(RaspError.class, () -> PyValues.binary(BinaryOp.LT, l, Atom.ofInt(1))).getMessage());
    }
}
