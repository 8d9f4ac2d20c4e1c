package raspc.compiler.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Kind;
import raspc.compiler.python.AndOr;
import raspc.compiler.python.PyNumbers;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.UnaryOp;

/**
 * Python's ints at any size, for atoms: the interpreter's int +, -, * and ** are exact, and an
 * int past 2^53 (an {@link Atom} with {@code big}) works with every operator. S-ops hold 64-bit
 * ints, so a larger one reaching an s-op is an overflow error there, never a rounded value.
 */
final class BigInts {
    /**
     * Past this many bits a result is refused: Python would compute it, but printing it would
     * take long (Python 3.11 itself refuses to print ints of more than 4300 digits).
     */
    private static final long MAX_BITS = 1 << 20;

    private BigInts() {}

    /** Whether {@code a op b} is done here: ints whose result may pass 2^53, or a big int with a number. */
    static boolean handles(BinaryOp op, Atom a, Atom b) {
        if (a.kind() == Kind.STR || b.kind() == Kind.STR) {
            return false;
        }
        if (a.big() != null || b.big() != null) {
            return true;
        }
        return a.isInt() && b.isInt() && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL
                || op == BinaryOp.POW && b.num() >= 0);
    }

    static Value binary(BinaryOp op, Atom a, Atom b) {
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            return Atom.ofBool(AndOr.of(op).truth(a.truthy(), b.truthy())); // as PyAtoms does
        }
        if (a.isInt() && b.isInt()) {
            return ints(op, a.exactInt(), b.exactInt());
        }
        // a big int with a float: comparisons are exact, arithmetic is on floats (Python converts)
        return switch (op) {
            case EQ -> Atom.ofBool(equal(a, b));
            case NE -> Atom.ofBool(!equal(a, b));
            case LT, GT, LE, GE -> Atom.ofBool(holds(op, compareMixed(a, b)));
            default -> PyValues.binary(op, asFloat(a), asFloat(b));
        };
    }

    private static Value ints(BinaryOp op, BigInteger x, BigInteger y) {
        return switch (op) {
            case ADD -> Atom.ofInt(x.add(y));
            case SUB -> Atom.ofInt(x.subtract(y));
            case MUL -> Atom.ofInt(checked(x.bitLength() + (long) y.bitLength(), () -> x.multiply(y)));
            case DIV -> Atom.ofFloat(PyNumbers.trueDivide(x, y));
            case MOD -> Atom.ofInt(modulo(x, y));
            case POW -> power(x, y);
            case EQ -> Atom.ofBool(x.equals(y));
            case NE -> Atom.ofBool(!x.equals(y));
            default -> Atom.ofBool(holds(op, x.compareTo(y)));
        };
    }

    private static BigInteger checked(long bits, java.util.function.Supplier<BigInteger> result) {
        if (bits > MAX_BITS) {
            throw new RaspError("integer too large: more than " + MAX_BITS + " bits");
        }
        return result.get();
    }

    /** Python's floor modulo: the result has the sign of the divisor. */
    private static BigInteger modulo(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw new RaspError("integer modulo by zero");
        }
        BigInteger r = x.mod(y.abs());
        return y.signum() < 0 && r.signum() != 0 ? r.add(y) : r;
    }

    private static Value power(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            return PyValues.binary(BinaryOp.POW, asFloat(x), asFloat(y));
        }
        if (x.abs().compareTo(BigInteger.ONE) <= 0) { // 0, 1, -1: any exponent
            return Atom.ofInt(y.signum() == 0 ? BigInteger.ONE : x.signum() >= 0 || !y.testBit(0) ? x.abs() : x);
        }
        long bits = y.bitLength() > 31 ? Long.MAX_VALUE : (x.bitLength() - 1L) * y.longValue();
        return Atom.ofInt(checked(bits, () -> x.pow(y.intValueExact())));
    }

    static boolean equal(Atom a, Atom b) {
        if (a.isInt() && b.isInt()) {
            return a.exactInt().equals(b.exactInt());
        }
        if (a.kind() == Kind.STR || b.kind() == Kind.STR) {
            return false;
        }
        return compareMixed(a, b) == 0;
    }

    /** An int (either may be big) against a float, exactly; NaN compares unequal and unordered. */
    private static int compareMixed(Atom a, Atom b) {
        boolean aInt = a.isInt();
        double f = aInt ? b.num() : a.num();
        BigInteger i = aInt ? a.exactInt() : b.exactInt();
        int c;
        if (Double.isNaN(f)) {
            return Integer.MIN_VALUE; // holds() is false for every order, equal() false
        } else if (Double.isInfinite(f)) {
            c = f > 0 ? -1 : 1;
        } else {
            c = new BigDecimal(i).compareTo(new BigDecimal(f));
        }
        return aInt ? c : -c;
    }

    private static boolean holds(BinaryOp op, int c) {
        if (c == Integer.MIN_VALUE) {
            return false;
        }
        return switch (op) {
            case LT -> c < 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            default -> c >= 0;
        };
    }

    private static Atom asFloat(Atom a) {
        return a.isInt() ? asFloat(a.exactInt()) : a;
    }

    /** Python's float(int): an error past the largest double. */
    private static Atom asFloat(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw new RaspError("int too large to convert to float");
        }
        return Atom.ofFloat(d);
    }

    /** Python's -x, +x, round(x), not x, indicator(x) where x is a big int, or round of a float past 2^53. */
    static Value unary(UnaryOp op, Atom a) {
        if (a.big() == null) { // round(float) past 2^53: Python's exact int
            return Atom.ofInt(new BigDecimal(Math.rint(a.num())).toBigInteger());
        }
        return switch (op) {
            case NEG -> Atom.ofInt(a.big().negate());
            case NOT -> Atom.FALSE;
            case INDICATOR -> Atom.ofInt(1);
            default -> a; // + and round leave an int as it is
        };
    }

    /** Whether {@code op a} is done here. */
    static boolean handles(UnaryOp op, Atom a) {
        return a.big() != null || op == UnaryOp.ROUND && a.kind() == Kind.FLOAT && Double.isFinite(a.num())
                && Math.abs(a.num()) > PyNumbers.MAX_EXACT_INT;
    }
}
