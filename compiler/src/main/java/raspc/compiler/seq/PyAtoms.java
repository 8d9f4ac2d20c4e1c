package raspc.compiler.seq;

import raspc.compiler.error.RaspError;
import raspc.compiler.python.AndOr;
import raspc.compiler.python.PyNumbers;
import raspc.compiler.python.PyStrings;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.UnaryOp;

/**
 * Python's operators on atoms (a kind, a number word as in {@link Words} and a string), one
 * element at a time, written straight into a {@link SeqBuilder} slot so that elementwise loops
 * never box. Used by the s-op kernels and by the interpreter's atom arithmetic (through a
 * one-slot builder).
 */
public final class PyAtoms {
    /** Caps the size of a repeated string, so "a" * 10^12 is an error instead of running out of memory. */
    public static final int MAX_STRING = 1 << 24;

    private PyAtoms() {}

    public static boolean truthy(byte k, long w, String s) {
        return switch (k) {
            case Kind.STR -> !s.isEmpty();
            case Kind.FLOAT -> Words.asFloat(w) != 0; // -0.0 is false, NaN true, as in Python
            default -> w != 0;
        };
    }

    /**
     * Python ==: numbers compare by exact value across bool/int/float (2^53 + 1 is not the float
     * 2^53); strings by content; str vs number is False.
     */
    public static boolean equal(byte ka, long wa, String sa, byte kb, long wb, String sb) {
        if (ka == Kind.STR || kb == Kind.STR) {
            return ka == kb && sa.equals(sb);
        }
        if (ka != Kind.FLOAT && kb != Kind.FLOAT) {
            return wa == wb;
        }
        if (ka == Kind.FLOAT && kb == Kind.FLOAT) {
            return Words.asFloat(wa) == Words.asFloat(wb); // NaN equals nothing, -0.0 equals 0.0
        }
        return compareNumbers(ka, wa, kb, wb) == 0; // an int with a NaN compares as -1, unequal
    }

    /** Python ordering; strings with numbers is a TypeError. Returns <0, 0, >0. */
    public static int order(String op, byte ka, long wa, String sa, byte kb, long wb, String sb) {
        if (ka == Kind.STR && kb == Kind.STR) {
            return PyStrings.compare(sa, sb);
        }
        if (ka == Kind.STR || kb == Kind.STR) {
            throw new RaspError("'" + op + "' not supported between instances of '" + Kind.pyName(ka)
                    + "' and '" + Kind.pyName(kb) + "'");
        }
        return compareNumbers(ka, wa, kb, wb);
    }

    /**
     * Two numbers compared exactly, as Python compares int with float (not by rounding the int);
     * a NaN orders as Double.compare puts it (after everything), and is never equal.
     */
    static int compareNumbers(byte ka, long wa, byte kb, long wb) {
        boolean fa = ka == Kind.FLOAT;
        boolean fb = kb == Kind.FLOAT;
        if (!fa && !fb) {
            return Long.compare(wa, wb);
        }
        if (fa && fb) {
            double x = Words.asFloat(wa);
            double y = Words.asFloat(wb);
            return x == y ? 0 : Double.compare(x, y);
        }
        return fa ? -intVersusFloat(wb, Words.asFloat(wa)) : intVersusFloat(wa, Words.asFloat(wb));
    }

    /** An int against a float, exactly. */
    private static int intVersusFloat(long i, double f) {
        if (Double.isNaN(f)) {
            return -1;
        }
        if (Math.abs(i) <= PyNumbers.MAX_EXACT_INT) { // the int is a double: compare as doubles
            double d = i;
            return d == f ? 0 : Double.compare(d, f);
        }
        // |i| > 2^53: a float within 2^53 has a smaller magnitude, and a larger float is integral,
        // so comparing with the float's integer part is exact
        if (f >= 0x1p63) {
            return -1;
        }
        if (f < -0x1p63) {
            return 1;
        }
        return Long.compare(i, (long) f);
    }

    /** Whether a NaN is among two numbers: then <, >, <= and >= are all False, as in Python. */
    static boolean unordered(byte ka, long wa, byte kb, long wb) {
        return ka != Kind.STR && kb != Kind.STR
                && (ka == Kind.FLOAT && Double.isNaN(Words.asFloat(wa)) || kb == Kind.FLOAT && Double.isNaN(Words.asFloat(wb)));
    }

    private static boolean compare(BinaryOp op, byte ka, long wa, String sa, byte kb, long wb, String sb) {
        if (unordered(ka, wa, kb, wb)) {
            return false;
        }
        int c = order(op.symbol(), ka, wa, sa, kb, wb, sb);
        return switch (op) {
            case LT -> c < 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            default -> c >= 0;
        };
    }

    private static RaspError unsupported(String op, byte ka, byte kb) {
        return new RaspError("unsupported operand type(s) for " + op + ": '" + Kind.pyName(ka) + "' and '"
                + Kind.pyName(kb) + "'");
    }

    /** out[i] = a op b with Python semantics. */
    public static void binary(BinaryOp op, byte ka, long wa, String sa, byte kb, long wb, String sb,
                              SeqBuilder out, int i) {
        switch (op) {
            case EQ -> out.putBool(i, equal(ka, wa, sa, kb, wb, sb));
            case NE -> out.putBool(i, !equal(ka, wa, sa, kb, wb, sb));
            case LT, GT, LE, GE -> out.putBool(i, compare(op, ka, wa, sa, kb, wb, sb));
            // RASP's elementwise and/or on s-ops give a bool, not an operand (see AndOr)
            case AND, OR -> out.putBool(i, AndOr.of(op).truth(truthy(ka, wa, sa), truthy(kb, wb, sb)));
            default -> arithmetic(op, ka, wa, sa, kb, wb, sb, out, i);
        }
    }

    private static void arithmetic(BinaryOp op, byte ka, long wa, String sa, byte kb, long wb, String sb,
                                   SeqBuilder out, int i) {
        if (ka == Kind.STR || kb == Kind.STR) {
            strings(op, ka, wa, sa, kb, wb, sb, out, i);
        } else if (Kind.isIntegral(ka) && Kind.isIntegral(kb)) {
            ints(op, wa, wb, out, i);
        } else {
            floats(op, Words.toDouble(ka, wa), Words.toDouble(kb, wb), out, i);
        }
    }

    /** Python's int arithmetic, exact on 64 bits; past them an overflow error, never a wrapped value. */
    private static void ints(BinaryOp op, long a, long b, SeqBuilder out, int i) {
        switch (op) {
            case ADD -> out.putInt(i, PyNumbers.intAdd(a, b));
            case SUB -> out.putInt(i, PyNumbers.intSubtract(a, b));
            case MUL -> out.putInt(i, PyNumbers.intMultiply(a, b));
            case DIV -> out.putFloat(i, PyNumbers.intDivide(a, b));
            case MOD -> out.putInt(i, PyNumbers.modulo(a, b));
            default -> {
                if (b >= 0) {
                    out.putInt(i, PyNumbers.intPower(a, b));
                } else { // an int to a negative power is a float in Python
                    out.putFloat(i, PyNumbers.floatPower((double) a, (double) b));
                }
            }
        }
    }

    /** Python's float arithmetic (an int operand is converted to the nearest double first, as Python does). */
    private static void floats(BinaryOp op, double a, double b, SeqBuilder out, int i) {
        switch (op) {
            case ADD -> out.putFloat(i, a + b);
            case SUB -> out.putFloat(i, a - b);
            case MUL -> out.putFloat(i, a * b);
            case DIV -> out.putFloat(i, PyNumbers.divide(a, b, false));
            case MOD -> out.putFloat(i, PyNumbers.modulo(a, b, false));
            default -> out.putFloat(i, PyNumbers.floatPower(a, b));
        }
    }

    private static void strings(BinaryOp op, byte ka, long wa, String sa, byte kb, long wb, String sb,
                                SeqBuilder out, int i) {
        if (op == BinaryOp.ADD) {
            if (ka == Kind.STR && kb == Kind.STR) {
                if ((long) sa.length() + sb.length() > MAX_STRING) {
                    throw new RaspError("string too long");
                }
                out.putString(i, sa + sb);
                return;
            }
            if (ka == Kind.STR) {
                throw new RaspError("can only concatenate str (not \"" + Kind.pyName(kb) + "\") to str");
            }
            throw unsupported("+", ka, kb);
        }
        if (op == BinaryOp.MUL) {
            String s = ka == Kind.STR ? sa : sb;
            byte otherKind = ka == Kind.STR ? kb : ka;
            long times = ka == Kind.STR ? wb : wa;
            if (!Kind.isIntegral(otherKind)) {
                throw new RaspError("can't multiply sequence by non-int of type '" + Kind.pyName(otherKind) + "'");
            }
            long t = Math.max(0, times);
            if (t > MAX_STRING || t * s.length() > MAX_STRING) {
                throw new RaspError("string too long");
            }
            out.putString(i, s.repeat((int) t));
            return;
        }
        throw unsupported(op.symbol(), ka, kb);
    }

    /** out[i] = op(a) with Python semantics (round is round-half-even to an int). */
    public static void unary(UnaryOp op, byte k, long w, String s, SeqBuilder out, int i) {
        switch (op) {
            case NOT -> out.putBool(i, !truthy(k, w, s));
            case INDICATOR -> out.putInt(i, truthy(k, w, s) ? 1 : 0);
            case NEG, PLUS -> {
                if (k == Kind.STR) {
                    throw new RaspError("bad operand type for unary " + op.symbol() + ": 'str'");
                }
                if (k == Kind.FLOAT) {
                    out.putFloat(i, op == UnaryOp.NEG ? -Words.asFloat(w) : Words.asFloat(w));
                } else {
                    out.putInt(i, op == UnaryOp.NEG ? PyNumbers.intNegate(w) : w);
                }
            }
            default -> {
                if (k == Kind.STR) {
                    throw new RaspError("type str doesn't define __round__ method");
                }
                out.putInt(i, k == Kind.FLOAT ? PyNumbers.round(Words.asFloat(w)) : w);
            }
        }
    }
}
