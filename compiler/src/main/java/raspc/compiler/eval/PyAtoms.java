package raspc.compiler.eval;

import raspc.compiler.error.RaspError;
import raspc.compiler.python.AndOr;
import raspc.compiler.python.PyNumbers;
import raspc.compiler.python.PyStrings;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.UnaryOp;

/**
 * Python's operators on atoms (a kind, a number and a string), one element at a time, written
 * straight into a {@link SeqBuilder} slot so that elementwise loops never box. Used by the s-op
 * kernels and by the interpreter's atom arithmetic (through a one-slot builder).
 */
public final class PyAtoms {
    /** Caps the size of a repeated string, so "a" * 10^12 is an error instead of running out of memory. */
    public static final int MAX_STRING = 1 << 24;

    private PyAtoms() {}

    public static boolean truthy(byte k, double n, String s) {
        return k == Kind.STR ? !s.isEmpty() : n != 0;
    }

    /** Python ==: numbers compare by value across bool/int/float; strings by content; str vs number is False. */
    public static boolean equal(byte ka, double na, String sa, byte kb, double nb, String sb) {
        if (ka == Kind.STR || kb == Kind.STR) {
            return ka == kb && sa.equals(sb);
        }
        return na == nb;
    }

    /** Python ordering; strings with numbers is a TypeError. Returns <0, 0, >0. */
    public static int order(String op, byte ka, double na, String sa, byte kb, double nb, String sb) {
        if (ka == Kind.STR && kb == Kind.STR) {
            return PyStrings.compare(sa, sb);
        }
        if (ka == Kind.STR || kb == Kind.STR) {
            throw new RaspError("'" + op + "' not supported between instances of '" + Kind.pyName(ka)
                    + "' and '" + Kind.pyName(kb) + "'");
        }
        // NaN compares false every way; map it to "unordered" via the caller's checks below
        return Double.compare(na, nb);
    }

    private static boolean compare(BinaryOp op, byte ka, double na, String sa, byte kb, double nb, String sb) {
        if (ka != Kind.STR && kb != Kind.STR) {
            return switch (op) {
                case LT -> na < nb;
                case GT -> na > nb;
                case LE -> na <= nb;
                default -> na >= nb;
            };
        }
        int c = order(op.symbol(), ka, na, sa, kb, nb, sb);
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
    public static void binary(BinaryOp op, byte ka, double na, String sa, byte kb, double nb, String sb,
                              SeqBuilder out, int i) {
        switch (op) {
            case EQ -> out.putNumber(i, Kind.BOOL, equal(ka, na, sa, kb, nb, sb) ? 1 : 0);
            case NE -> out.putNumber(i, Kind.BOOL, equal(ka, na, sa, kb, nb, sb) ? 0 : 1);
            case LT, GT, LE, GE -> out.putNumber(i, Kind.BOOL, compare(op, ka, na, sa, kb, nb, sb) ? 1 : 0);
            // RASP's elementwise and/or on s-ops give a bool, not an operand (see AndOr)
            case AND, OR -> out.putNumber(i, Kind.BOOL, AndOr.of(op).truth(truthy(ka, na, sa), truthy(kb, nb, sb)) ? 1 : 0);
            default -> arithmetic(op, ka, na, sa, kb, nb, sb, out, i);
        }
    }

    private static void arithmetic(BinaryOp op, byte ka, double na, String sa, byte kb, double nb, String sb,
                                   SeqBuilder out, int i) {
        if (ka == Kind.STR || kb == Kind.STR) {
            strings(op, ka, na, sa, kb, nb, sb, out, i);
            return;
        }
        boolean ints = Kind.isIntegral(ka) && Kind.isIntegral(kb);
        byte rk = ints ? Kind.INT : Kind.FLOAT;
        switch (op) {
            // ints stay exact: a result past 2^53 is an error, not a rounded double
            case ADD -> out.putNumber(i, rk, ints ? PyNumbers.intAdd(na, nb) : na + nb);
            case SUB -> out.putNumber(i, rk, ints ? PyNumbers.intSubtract(na, nb) : na - nb);
            case MUL -> out.putNumber(i, rk, ints ? PyNumbers.intMultiply(na, nb) : na * nb);
            case DIV -> out.putNumber(i, Kind.FLOAT, PyNumbers.divide(na, nb, ints));
            case MOD -> out.putNumber(i, rk, PyNumbers.modulo(na, nb, ints));
            default -> out.putNumber(i, PyNumbers.powerIsInt(ints, nb) ? Kind.INT : Kind.FLOAT,
                    PyNumbers.power(na, nb, ints));
        }
    }

    private static void strings(BinaryOp op, byte ka, double na, String sa, byte kb, double nb, String sb,
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
            double times = ka == Kind.STR ? nb : na;
            if (!Kind.isIntegral(otherKind)) {
                throw new RaspError("can't multiply sequence by non-int of type '" + Kind.pyName(otherKind) + "'");
            }
            long t = Math.max(0, (long) times);
            if (t * (long) s.length() > MAX_STRING) {
                throw new RaspError("string too long");
            }
            out.putString(i, s.repeat((int) t));
            return;
        }
        throw unsupported(op.symbol(), ka, kb);
    }

    /** out[i] = op(a) with Python semantics (round is round-half-even to an int). */
    public static void unary(UnaryOp op, byte k, double n, String s, SeqBuilder out, int i) {
        switch (op) {
            case NOT -> out.putNumber(i, Kind.BOOL, truthy(k, n, s) ? 0 : 1);
            case INDICATOR -> out.putNumber(i, Kind.INT, truthy(k, n, s) ? 1 : 0);
            case NEG, PLUS -> {
                if (k == Kind.STR) {
                    throw new RaspError("bad operand type for unary " + op.symbol() + ": 'str'");
                }
                byte rk = k == Kind.FLOAT ? Kind.FLOAT : Kind.INT;
                out.putNumber(i, rk, op == UnaryOp.NEG ? -n : n);
            }
            default -> {
                if (k == Kind.STR) {
                    throw new RaspError("type str doesn't define __round__ method");
                }
                out.putNumber(i, Kind.INT, PyNumbers.round(n));
            }
        }
    }
}
