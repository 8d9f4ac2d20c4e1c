package raspc.compiler.bool;

import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.UnaryOp;

/**
 * Arithmetic, comparison and logic on compiled nodes, with Python's semantics: int op int stays
 * an int (except {@code /}, which gives a float), {@code %} is floor modulo, {@code ^} is power,
 * bools count as 0/1. Division by zero is an error at its position.
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
            case ADD, SUB, MUL -> ints ? intArith(pos, op, l, r, side) : floatArith(pos, op, l, r, side);
            case DIV -> floatArith(pos, op, l, r, side);
            case MOD -> ints ? intArith(pos, op, l, r, side) : floatArith(pos, op, l, r, side);
            case POW -> ints ? intArith(pos, op, l, r, side) : floatArith(pos, op, l, r, side);
            case EQ, NE, LT, LE, GT, GE -> compare(pos, op, l, r, ints, side);
            case AND, OR -> throw new IllegalStateException("and/or are compiled with short-circuiting");
        };
    }

    private static BoolExprNode intArith(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r, String side) {
        LongUnaryOperator a = Coerce.asLong(l, side);
        LongUnaryOperator b = Coerce.asLong(r, side);
        LongUnaryOperator f = switch (op) {
            case ADD -> x -> a.applyAsLong(x) + b.applyAsLong(x);
            case SUB -> x -> a.applyAsLong(x) - b.applyAsLong(x);
            case MUL -> x -> a.applyAsLong(x) * b.applyAsLong(x);
            case MOD -> x -> {
                long d = b.applyAsLong(x);
                if (d == 0) {
                    throw new BoolSpecError(pos, "modulo by zero");
                }
                return Math.floorMod(a.applyAsLong(x), d);
            };
            case POW -> x -> power(pos, a.applyAsLong(x), b.applyAsLong(x));
            default -> throw new IllegalStateException(op.toString());
        };
        return new BoolExprNode.IntFn(pos, f);
    }

    private static long power(Pos pos, long base, long exp) {
        if (exp < 0) {
            throw new BoolSpecError(pos, "negative exponent " + exp + " of an int (write a float base, e.g. 2.0 ^ -1)");
        }
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

    private static BoolExprNode floatArith(Pos pos, BinaryOp op, BoolExprNode l, BoolExprNode r, String side) {
        LongToDoubleFunction a = Coerce.asDouble(l, side);
        LongToDoubleFunction b = Coerce.asDouble(r, side);
        LongToDoubleFunction f = switch (op) {
            case ADD -> x -> a.applyAsDouble(x) + b.applyAsDouble(x);
            case SUB -> x -> a.applyAsDouble(x) - b.applyAsDouble(x);
            case MUL -> x -> a.applyAsDouble(x) * b.applyAsDouble(x);
            case DIV -> x -> {
                double d = b.applyAsDouble(x);
                if (d == 0.0) {
                    throw new BoolSpecError(pos, "division by zero");
                }
                return a.applyAsDouble(x) / d;
            };
            case MOD -> x -> {
                double d = b.applyAsDouble(x);
                if (d == 0.0) {
                    throw new BoolSpecError(pos, "modulo by zero");
                }
                double v = a.applyAsDouble(x);
                return v - Math.floor(v / d) * d;
            };
            case POW -> x -> Math.pow(a.applyAsDouble(x), b.applyAsDouble(x));
            default -> throw new IllegalStateException(op.toString());
        };
        return new BoolExprNode.FloatFn(pos, f);
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
                // Python's round: halves go to the even neighbour.
                LongToDoubleFunction f = Coerce.asDouble(v, what);
                yield new BoolExprNode.IntFn(pos, x -> (long) Math.rint(f.applyAsDouble(x)));
            }
            case INDICATOR -> {
                LongPredicate p = Coerce.asBool(v, what);
                yield new BoolExprNode.IntFn(pos, x -> p.test(x) ? 1L : 0L);
            }
        };
    }
}
