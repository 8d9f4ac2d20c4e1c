package raspc.compiler.bool;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.grammar.ast.Pos;

/**
 * A compiled spec expression. Anything that does not depend on the input is folded to a
 * {@link Const} while compiling; the rest becomes primitive closures over the packed input, so
 * evaluating never walks the AST and never boxes.
 */
sealed interface BoolExprNode {
    Pos pos();

    /** A value known at compile time: Long, Double, Boolean, or an immutable List of these. */
    record Const(Pos pos, Object value) implements BoolExprNode {}

    /** The input bit x[index], an int 0 or 1; kept apart so lists of them become masks. */
    record Bit(Pos pos, int index) implements BoolExprNode {}

    record IntFn(Pos pos, LongUnaryOperator f) implements BoolExprNode {}

    record FloatFn(Pos pos, LongToDoubleFunction f) implements BoolExprNode {}

    record BoolFn(Pos pos, LongPredicate f) implements BoolExprNode {}

    /** A list of fixed length with at least one input-dependent item. */
    record ListOf(Pos pos, List<BoolExprNode> items) implements BoolExprNode {}

    /** The same node reported at another position (where a name or an index was used). */
    static BoolExprNode at(BoolExprNode node, Pos pos) {
        if (node instanceof Const c) {
            return new Const(pos, c.value());
        }
        if (node instanceof Bit b) {
            return new Bit(pos, b.index());
        }
        if (node instanceof IntFn f) {
            return new IntFn(pos, f.f());
        }
        if (node instanceof FloatFn f) {
            return new FloatFn(pos, f.f());
        }
        if (node instanceof BoolFn f) {
            return new BoolFn(pos, f.f());
        }
        return new ListOf(pos, ((ListOf) node).items());
    }

    /** The type name used in messages: int, float, bool or list. */
    static String typeName(BoolExprNode node) {
        if (node instanceof Const c) {
            return constTypeName(c.value());
        }
        if (node instanceof Bit || node instanceof IntFn) {
            return "int";
        }
        if (node instanceof FloatFn) {
            return "float";
        }
        if (node instanceof BoolFn) {
            return "bool";
        }
        return "list";
    }

    /** "an int", "a float", "a bool" or "a list". */
    static String describe(BoolExprNode node) {
        String t = typeName(node);
        return (t.equals("int") ? "an " : "a ") + t;
    }

    static String constTypeName(Object v) {
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "list";
    }

    static boolean isList(BoolExprNode node) {
        return node instanceof ListOf || (node instanceof Const c && c.value() instanceof List);
    }

    /** int, bool or an input bit: a value that arithmetic treats as an integer. */
    static boolean isIntLike(BoolExprNode node) {
        String t = typeName(node);
        return t.equals("int") || t.equals("bool");
    }
}
