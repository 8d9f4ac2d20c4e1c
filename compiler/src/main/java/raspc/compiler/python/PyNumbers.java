package raspc.compiler.python;

import java.math.BigInteger;
import raspc.compiler.error.RaspError;

/**
 * Python's arithmetic on one pair of numbers: floats as doubles, ints as longs (s-ops' ints and
 * the ints of Boolean specs). S-op int arithmetic is exact, and a result past 64 bits is an
 * overflow error (Python's int would grow) rather than a wrapped or rounded number. Python's
 * errors are {@link RaspError}s without a position; callers that know where the operator is
 * attach it.
 */
public final class PyNumbers {
    /**
     * 2^53: every integer up to this size is exactly a double. Atoms keep ints this small as a
     * double and larger ones as a BigInteger; s-ops hold ints as longs (see eval.Words).
     */
    public static final long MAX_EXACT_INT = 1L << 53;

    /** Results past this many bits are not spelled out in an overflow message (they would take long). */
    private static final int MAX_SHOWN_BITS = 256;

    private PyNumbers() {}

    /**
     * An int beyond the 64 bits an s-op's int holds. Python's int would be exact; raspc reports it
     * rather than wrap around or round, with the expression (null for a given int) and the exact
     * value where it is small enough to print (null where it was too costly to compute).
     */
    public static RaspError intOverflow(String expression, BigInteger exact) {
        String value = exact == null ? null
                : exact.bitLength() <= MAX_SHOWN_BITS ? exact.toString() : "an int of " + exact.bitLength() + " bits";
        String what = expression == null ? value : value == null ? expression : expression + " = " + value;
        return new RaspError("integer overflow: " + what + " is past the 64 bits an s-op's int holds (-2^63 to 2^63-1)");
    }

    /** Python's int {@code a + b}, exact, or an overflow past 64 bits. */
    public static long intAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) { // both operands' signs differ from the sum's: it wrapped
            throw intOverflow(a + " + " + b, BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
        }
        return r;
    }

    public static long intSubtract(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw intOverflow(a + " - " + b, BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
        }
        return r;
    }

    public static long intMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi != (lo >> 63)) { // the high word is not the low word's sign extension: past 64 bits
            throw intOverflow(a + " * " + b, BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
        }
        return lo;
    }

    public static long intNegate(long a) {
        if (a == Long.MIN_VALUE) {
            throw intOverflow("-(" + a + ")", BigInteger.valueOf(a).negate());
        }
        return -a;
    }

    /** Python's int {@code a ** b} for {@code b >= 0}, by squaring: exact, or an overflow past 64 bits. */
    public static long intPower(long base, long exp) {
        if (base == 0 || base == 1 || exp == 0) {
            return exp == 0 ? 1 : base;
        }
        if (base == -1) {
            return (exp & 1) == 0 ? 1 : -1;
        }
        if (exp >= 64) { // |base| >= 2: past 64 bits
            throw intOverflow(base + " ** " + exp, exp <= MAX_SHOWN_BITS ? BigInteger.valueOf(base).pow((int) exp) : null);
        }
        try {
            long result = 1;
            long b = base;
            for (long e = exp; ; e >>= 1) { // every product checked: a long could wrap and pass, (2^40)^2
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, b);
                }
                if (e <= 1) {
                    return result;
                }
                b = Math.multiplyExact(b, b);
            }
        } catch (ArithmeticException e) {
            throw intOverflow(base + " ** " + exp, BigInteger.valueOf(base).pow((int) exp));
        }
    }

    /**
     * Python's int {@code a / b}: the exact quotient rounded once to the nearest double, as
     * CPython's long_true_divide does. Ints within 2^53 are exact doubles, so one double division
     * rounds once; larger ones go through {@link #trueDivide(BigInteger, BigInteger)}.
     */
    public static double intDivide(long a, long b) {
        if (b == 0) {
            throw new RaspError("division by zero");
        }
        if (Math.abs(a) <= MAX_EXACT_INT && Math.abs(b) <= MAX_EXACT_INT) {
            return (double) a / b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * x / y correctly rounded: the quotient is taken to at least 55 significant bits with a sticky
     * bit for a non-zero remainder, so the one rounding to 53 bits (BigInteger.doubleValue rounds
     * half to even) is the rounding of the exact quotient; scaling by a power of two is exact
     * outside the subnormal range.
     */
    public static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw new RaspError("division by zero");
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double d = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(d)) {
            throw new RaspError("integer division result too large for a float");
        }
        return x.signum() * y.signum() < 0 ? -d : d;
    }

    /** Python's {@code a / b}: always a float. */
    public static double divide(double a, double b, boolean ints) {
        if (b == 0) {
            throw new RaspError(ints ? "division by zero" : "float division by zero");
        }
        return a / b;
    }

    /**
     * Python's {@code a % b}: the result has the sign of b (floor modulo), as fmod then a correction;
     * a zero result also takes b's sign, as CPython's float_rem does ({@code -2 % 2.0} is 0.0).
     */
    public static double modulo(double a, double b, boolean ints) {
        if (b == 0) {
            throw moduloByZero(ints);
        }
        double r = a % b;
        if (r == 0) {
            return Math.copySign(0.0, b);
        }
        if ((r < 0) != (b < 0)) {
            r += b;
        }
        return r;
    }

    public static long modulo(long a, long b) {
        if (b == 0) {
            throw moduloByZero(true);
        }
        return Math.floorMod(a, b);
    }

    private static RaspError moduloByZero(boolean ints) {
        return new RaspError(ints ? "integer modulo by zero" : "float modulo");
    }

    /**
     * Python's float {@code a ** b} (RASP's {@code ^}; an int to a negative power is one too),
     * where Python would not give a complex number: a result too large for a double is Python's
     * OverflowError, whose text the original prints: {@code (34, 'Numerical result out of range')}.
     */
    public static double floatPower(double a, double b) {
        if (a == 0 && b < 0) {
            throw new RaspError("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            throw new RaspError("negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw new RaspError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** Python's {@code round(x)}: the nearest int, halves to the even neighbour; past 64 bits an overflow. */
    public static long round(double x) {
        if (Double.isNaN(x)) {
            throw new RaspError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new RaspError("cannot convert float infinity to integer");
        }
        return toLong("round(x)", Math.rint(x));
    }

    /** An integral double as a long (a rounded or truncated float); one past 64 bits is an overflow. */
    public static long toLong(String expression, double integral) {
        // -2^63 is a double and a long; 2^63 is a double and not a long
        if (integral >= 0x1p63 || integral < -0x1p63) {
            throw intOverflow(expression, new java.math.BigDecimal(integral).toBigInteger());
        }
        return (long) integral;
    }
}
