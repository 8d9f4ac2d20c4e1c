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
        return switch (node) {
            case Const c -> new Const(pos, c.value());
            case Bit b -> new Bit(pos, b.index());
            case IntFn f -> new IntFn(pos, f.f());
            case FloatFn f -> new FloatFn(pos, f.f());
            case BoolFn f -> new BoolFn(pos, f.f());
            case ListOf l -> new ListOf(pos, l.items());
        };
    }

    /** The type name used in messages: int, float, bool or list. */
    static String typeName(BoolExprNode node) {
        return switch (node) {
            case Const c -> constTypeName(c.value());
            case Bit b -> "int";
            case IntFn f -> "int";
            case FloatFn f -> "float";
            case BoolFn f -> "bool";
            case ListOf l -> "list";
        };
    }

    /** "an int", "a float", "a bool" or "a list". */
    static String describe(BoolExprNode node) {
        String t = typeName(node);
        return (t.equals("int") ? "an " : "a ") + t;
    }

    static String constTypeName(Object v) {
        return switch (v) {
            case Long l -> "int";
            case Double d -> "float";
            case Boolean b -> "bool";
            default -> "list";
        };
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
