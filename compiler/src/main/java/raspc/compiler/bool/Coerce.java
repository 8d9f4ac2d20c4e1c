package raspc.compiler.bool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.grammar.ast.Pos;

/**
 * Turns compiled nodes into primitive closures of the wanted type, following Python's rules:
 * bools count as 0/1 in arithmetic, numbers are true when non-zero. A list is never silently
 * turned into a number or a truth value.
 */
final class Coerce {
    private Coerce() {}

    static LongUnaryOperator asLong(BoolExprNode node, String what) {
        if (node instanceof BoolExprNode.Const c) {
            long v = constLong(c, what);
            return x -> v;
        }
        if (node instanceof BoolExprNode.Bit b) {
            int i = b.index();
            return x -> (x >>> i) & 1L;
        }
        if (node instanceof BoolExprNode.IntFn f) {
            return f.f();
        }
        if (node instanceof BoolExprNode.BoolFn p) {
            LongPredicate t = p.f();
            return x -> t.test(x) ? 1L : 0L;
        }
        throw new BoolSpecError(node.pos(), what + " must be an int, got " + BoolExprNode.describe(node)
                + (node instanceof BoolExprNode.FloatFn ? " (use round(...) to make one)" : ""));
    }

    static LongToDoubleFunction asDouble(BoolExprNode node, String what) {
        if (node instanceof BoolExprNode.FloatFn f) {
            return f.f();
        }
        if (node instanceof BoolExprNode.Const c && c.value() instanceof Double d) {
            double v = d;
            return x -> v;
        }
        if (BoolExprNode.isList(node)) {
            throw new BoolSpecError(node.pos(), what + " must be a number, got a list");
        }
        LongUnaryOperator f = asLong(node, what);
        return x -> (double) f.applyAsLong(x);
    }

    /** Python truthiness: non-zero numbers and True are true. */
    static LongPredicate asBool(BoolExprNode node, String what) {
        if (node instanceof BoolExprNode.BoolFn p) {
            return p.f();
        }
        if (node instanceof BoolExprNode.Bit b) {
            long m = 1L << b.index();
            return x -> (x & m) != 0;
        }
        if (node instanceof BoolExprNode.IntFn f) {
            LongUnaryOperator g = f.f();
            return x -> g.applyAsLong(x) != 0;
        }
        if (node instanceof BoolExprNode.FloatFn f) {
            LongToDoubleFunction g = f.f();
            return x -> g.applyAsDouble(x) != 0.0;
        }
        if (node instanceof BoolExprNode.Const c && !(c.value() instanceof List)) {
            boolean v = truthy(c.value());
            return x -> v;
        }
        throw new BoolSpecError(node.pos(), what + " must be a bit or a truth value, got a list"
                + " (did you mean parity(...), all(...), any(...) or sum(...)?)");
    }

    static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        return !((List<?>) v).isEmpty();
    }

    /** A compile-time int (bools count as 0/1). */
    static long constLong(BoolExprNode node, String what) {
        if (node instanceof BoolExprNode.Const c) {
            if (c.value() instanceof Long l) {
                return l;
            }
            if (c.value() instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (c.value() instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                throw new BoolSpecError(node.pos(), what + " must be an int, got the float " + d
                        + " (use round(...) to make one)");
            }
            throw new BoolSpecError(node.pos(), what + " must be an int, got " + BoolExprNode.describe(node));
        }
        throw new BoolSpecError(node.pos(), what + " must not depend on the input x");
    }

    static int constInt(BoolExprNode node, String what) {
        long v = constLong(node, what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new BoolSpecError(node.pos(), what + " is too large: " + v);
        }
        return (int) v;
    }

    /** The items of a list node, constants wrapped as nodes. */
    static List<BoolExprNode> items(BoolExprNode node, String what) {
        if (node instanceof BoolExprNode.ListOf l) {
            return l.items();
        }
        if (node instanceof BoolExprNode.Const c && c.value() instanceof List<?> values) {
            List<BoolExprNode> out = new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(new BoolExprNode.Const(c.pos(), v));
            }
            return out;
        }
        throw new BoolSpecError(node.pos(), what + " must be a list, got " + BoolExprNode.describe(node));
    }

    /** Evaluates an input-independent scalar node once, giving a constant. */
    static BoolExprNode fold(BoolExprNode node) {
        Pos pos = node.pos();
        if (node instanceof BoolExprNode.IntFn f) {
            return new BoolExprNode.Const(pos, f.f().applyAsLong(0L));
        }
        if (node instanceof BoolExprNode.FloatFn f) {
            return new BoolExprNode.Const(pos, f.f().applyAsDouble(0L));
        }
        if (node instanceof BoolExprNode.BoolFn f) {
            return new BoolExprNode.Const(pos, f.f().test(0L));
        }
        return node;
    }

    static boolean isConst(BoolExprNode node) {
        return node instanceof BoolExprNode.Const;
    }
}
