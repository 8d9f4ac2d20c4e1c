package raspc.compiler.bool;

import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.compiler.error.RaspError;
import raspc.compiler.python.PyNumbers;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.UnaryOp;

/**
 * Arithmetic, comparison and logic on compiled nodes, with Python's semantics ({@link PyNumbers}):
 * int op int stays an int (except {@code /}, which gives a float), {@code %} is floor modulo,
 * {@code ^} is power, bools count as 0/1. Python's errors (division by zero, ...) are reported at
 * the operator's position.
 */
final class Operators {
    private Operators() {}

    static BoolExprNode binary(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r) {
        String side = "the operands of '" + op.symbol() + "'";
        if (BoolExprNode.isList(l) || BoolExprNode.isList(r)) {
            if ((op == BinaryOp.EQ || op == BinaryOp.NE) && l instanceof BoolExprNode.Const a && r instanceof BoolExprNode.Const b) {
                return new BoolExprNode.Const(pos, a.value().equals(b.value()) == (op == BinaryOp.EQ));
            }
            BoolExprNode list = BoolExprNode.isList(l) ? l : r;
            throw new BoolSpecError(list.pos(), side + " must be numbers or bits, got a list"
                    + " (use sum(...), parity(...), all(...) or any(...) to reduce it)");
        }
        boolean ints = BoolExprNode.isIntLike(l) && BoolExprNode.isIntLike(r);
        return switch (op) {
            case ADD, SUB, MUL, MOD, POW -> ints ? intArith(pos, op, l, r, side) : floatArith(pos, op, l, r, false, side);
            case DIV -> floatArith(pos, op, l, r, ints, side);
            case EQ, NE, LT, LE, GT, GE -> compare(pos, op, l, r, ints, side);
            case AND, OR -> throw new IllegalStateException("and/or are compiled with short-circuiting");
        };
    }

    private static BoolExprNode intArith(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r, String side) {
        LongUnaryOperator a = Coerce.asLong(l, side);
        LongUnaryOperator b = Coerce.asLong(r, side);
        LongUnaryOperator f = switch (op) {
            case ADD -> x -> PyNumbers.intAdd(a.applyAsLong(x), b.applyAsLong(x));
            case SUB -> x -> PyNumbers.intSubtract(a.applyAsLong(x), b.applyAsLong(x));
            case MUL -> x -> PyNumbers.intMultiply(a.applyAsLong(x), b.applyAsLong(x));
            case MOD -> x -> PyNumbers.modulo(a.applyAsLong(x), b.applyAsLong(x));
            case POW -> x -> intPower(pos, a.applyAsLong(x), b.applyAsLong(x));
            default -> throw new IllegalStateException(op.toString());
        };
        return new BoolExprNode.IntFn(pos, reported(pos, f));
    }

    /**
     * Python gives a float for an int to a negative power; a spec's node has one type whatever the
     * input, so int ^ int is an int and a negative exponent is an error here, not a float.
     */
    private static long intPower(Pos pos, long base, long exp) {
        if (exp < 0) {
            throw new BoolSpecError(pos, "negative exponent " + exp + " of an int (write a float base, e.g. 2.0 ^ -1)");
        }
        return PyNumbers.intPower(base, exp);
    }

    /** @param ints whether both operands are ints (Python's messages say which division failed) */
    private static BoolExprNode floatArith(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r, boolean ints, String side) {
        LongToDoubleFunction a = Coerce.asDouble(l, side);
        LongToDoubleFunction b = Coerce.asDouble(r, side);
        LongToDoubleFunction f = switch (op) {
            case ADD -> x -> a.applyAsDouble(x) + b.applyAsDouble(x);
            case SUB -> x -> a.applyAsDouble(x) - b.applyAsDouble(x);
            case MUL -> x -> a.applyAsDouble(x) * b.applyAsDouble(x);
            case DIV -> x -> PyNumbers.divide(a.applyAsDouble(x), b.applyAsDouble(x), ints);
            case MOD -> x -> PyNumbers.modulo(a.applyAsDouble(x), b.applyAsDouble(x), false);
            case POW -> x -> PyNumbers.floatPower(a.applyAsDouble(x), b.applyAsDouble(x));
            default -> throw new IllegalStateException(op.toString());
        };
        return new BoolExprNode.FloatFn(pos, reported(pos, f));
    }

    /** f, with the Python errors it raises reported at pos. */
    private static LongUnaryOperator reported(Pos pos, LongUnaryOperator f) {
        return x -> {
            try {
                return f.applyAsLong(x);
            } catch (RaspError e) {
                throw new BoolSpecError(pos, e.detail());
            }
        };
    }

    private static LongToDoubleFunction reported(Pos pos, LongToDoubleFunction f) {
        return x -> {
            try {
                return f.applyAsDouble(x);
            } catch (RaspError e) {
                throw new BoolSpecError(pos, e.detail());
            }
        };
    }

    private static BoolExprNode compare(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r, boolean ints, String side) {
        if (ints) {
            LongUnaryOperator a = Coerce.asLong(l, side);
            LongUnaryOperator b = Coerce.asLong(r, side);
            LongPredicate p = switch (op) {
                case EQ -> x -> a.applyAsLong(x) == b.applyAsLong(x);
                case NE -> x -> a.applyAsLong(x) != b.applyAsLong(x);
                case LT -> x -> a.applyAsLong(x) < b.applyAsLong(x);
                case LE -> x -> a.applyAsLong(x) <= b.applyAsLong(x);
                case GT -> x -> a.applyAsLong(x) > b.applyAsLong(x);
                default -> x -> a.applyAsLong(x) >= b.applyAsLong(x);
            };
            return new BoolExprNode.BoolFn(pos, p);
        }
        LongToDoubleFunction a = Coerce.asDouble(l, side);
        LongToDoubleFunction b = Coerce.asDouble(r, side);
        LongPredicate p = switch (op) {
            case EQ -> x -> a.applyAsDouble(x) == b.applyAsDouble(x);
            case NE -> x -> a.applyAsDouble(x) != b.applyAsDouble(x);
            case LT -> x -> a.applyAsDouble(x) < b.applyAsDouble(x);
            case LE -> x -> a.applyAsDouble(x) <= b.applyAsDouble(x);
            case GT -> x -> a.applyAsDouble(x) > b.applyAsDouble(x);
            default -> x -> a.applyAsDouble(x) >= b.applyAsDouble(x);
        };
        return new BoolExprNode.BoolFn(pos, p);
    }

    static BoolExprNode unary(Pos pos, UnaryOp op, BoolExprNode v) {
        String what = "the operand of '" + op.symbol() + "'";
        return switch (op) {
            case NOT -> {
                LongPredicate p = Coerce.asBool(v, what);
                yield new BoolExprNode.BoolFn(pos, x -> !p.test(x));
            }
            case NEG -> {
                if (BoolExprNode.isIntLike(v)) {
                    LongUnaryOperator f = Coerce.asLong(v, what);
                    yield new BoolExprNode.IntFn(pos, x -> -f.applyAsLong(x));
                }
                LongToDoubleFunction f = Coerce.asDouble(v, what);
                yield new BoolExprNode.FloatFn(pos, x -> -f.applyAsDouble(x));
            }
            case PLUS -> {
                Coerce.asDouble(v, what);
                yield v instanceof BoolExprNode.BoolFn || (v instanceof BoolExprNode.Const c && c.value() instanceof Boolean)
                        ? new BoolExprNode.IntFn(pos, Coerce.asLong(v, what)) : v;
            }
            case ROUND -> {
                LongToDoubleFunction f = Coerce.asDouble(v, what);
                LongUnaryOperator rounded = x -> PyNumbers.round(f.applyAsDouble(x));
                yield new BoolExprNode.IntFn(pos, reported(pos, rounded));
            }
            case INDICATOR -> {
                LongPredicate p = Coerce.asBool(v, what);
                yield new BoolExprNode.IntFn(pos, x -> p.test(x) ? 1L : 0L);
            }
        };
    }
}
