package raspc.compiler.python;

import raspc.compiler.error.RaspError;

/**
 * Python's arithmetic on one pair of numbers, for both number forms raspc uses: doubles (RASP
 * values, where ints are integral doubles and {@code ints} says whether both operands are int or
 * bool) and longs (the ints of Boolean specs). Python's errors are {@link RaspError}s without a
 * position; callers that know where the operator is attach it.
 */
public final class PyNumbers {
    /**
     * 2^53: every integer up to this size is exactly a double, and s-ops hold doubles, so their
     * ints are exact within ±2^53. Python's are unbounded (as atoms' are, see BigInts); a result
     * beyond is an error here, never a rounded number.
     */
    public static final long MAX_EXACT_INT = 1L << 53;

    private PyNumbers() {}

    /** The int, checked to lie in raspc's exact range. */
    public static double exactInt(long v) {
        if (v > MAX_EXACT_INT || v < -MAX_EXACT_INT) {
            throw intTooLarge();
        }
        return v;
    }

    /** The integral double (a rounded float, a parsed token), checked to lie in raspc's exact range. */
    public static double exactInt(double v) {
        if (Math.abs(v) > MAX_EXACT_INT) {
            throw intTooLarge();
        }
        return v;
    }

    public static RaspError intTooLarge() {
        return new RaspError("integer too large for an s-op: s-ops hold ints exactly up to 2^53 (9007199254740992)");
    }

    /** Python's int {@code a + b} (operands in the exact range, so the long sum cannot overflow). */
    public static double intAdd(double a, double b) {
        return exactInt((long) a + (long) b);
    }

    public static double intSubtract(double a, double b) {
        return exactInt((long) a - (long) b);
    }

    public static double intMultiply(double a, double b) {
        try {
            return exactInt(Math.multiplyExact((long) a, (long) b));
        } catch (ArithmeticException e) {
            throw intTooLarge();
        }
    }

    /** Python's int {@code a ** b} for {@code b >= 0}: exact, or an error past the exact range. */
    private static double intPower(long base, long exp) {
        if (base == 0 || base == 1 || exp == 0) {
            return exp == 0 ? 1 : base;
        }
        if (base == -1) {
            return (exp & 1) == 0 ? 1 : -1;
        }
        if (exp > 53) { // |base| >= 2
            throw intTooLarge();
        }
        double result = 1;
        for (long e = 0; e < exp; e++) { // at most 53 factors, each product checked
            result = intMultiply(result, base);
        }
        return result;
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

    /** Whether Python's {@code a ** b} is an int: for int operands and a non-negative exponent. */
    public static boolean powerIsInt(boolean ints, double exponent) {
        return ints && exponent >= 0;
    }

    /**
     * Python's {@code a ** b} (RASP's {@code ^}), where Python would not give a complex number:
     * exact for ints, and a float result too large for a double is Python's OverflowError.
     */
    public static double power(double a, double b, boolean ints) {
        if (a == 0 && b < 0) {
            throw new RaspError("0.0 cannot be raised to a negative power");
        }
        if (powerIsInt(ints, b)) {
            return intPower((long) a, (long) b);
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

    /** Python's {@code a ** b} on ints with {@code b >= 0}, by squaring (exact until it overflows a long). */
    public static long power(long base, long exp) {
        long result = 1;
        long b = base;
        for (long e = exp; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    /** Python's {@code round(x)}: the nearest int, halves to the even neighbour. */
    public static double round(double x) {
        if (Double.isNaN(x)) {
            throw new RaspError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new RaspError("cannot convert float infinity to integer");
        }
        return exactInt(Math.rint(x));
    }
}
