package raspc.grammar.ast;

import java.util.List;

/** RASP expressions. Plain data; evaluation lives in the compiler. */
public sealed interface Expr {
    Pos pos();

    record IntLit(Pos pos, java.math.BigInteger value) implements Expr {}

    record FloatLit(Pos pos, double value, String text) implements Expr {}

    record StrLit(Pos pos, String value) implements Expr {}

    record Var(Pos pos, String name) implements Expr {}

    record Index(Pos pos, Expr target, Expr index) implements Expr {}

    record Call(Pos pos, Expr callee, List<Expr> args) implements Expr {}

    record Unary(Pos pos, UnaryOp op, Expr operand) implements Expr {}

    record Binary(Pos pos, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** {@code select(key, query, op)}: (q, k) selected when {@code op(key[k], query[q])}. */
    record Select(Pos pos, Expr key, Expr query, Comparison op) implements Expr {}

    record Ternary(Pos pos, Expr then, Expr cond, Expr otherwise) implements Expr {}

    record ListLit(Pos pos, List<Expr> items) implements Expr {}

    record DictLit(Pos pos, List<Entry> entries) implements Expr {}

    record Entry(Expr key, Expr value) {}

    /** {@code aggregate(sel, sop[, default])}; {@code dflt} is null when absent. */
    record Aggregate(Pos pos, Expr selector, Expr sop, Expr dflt) implements Expr {}

    record Range(Pos pos, List<Expr> args) implements Expr {}

    record ListComp(Pos pos, Expr value, List<String> vars, Expr iterable) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<String> vars, Expr iterable) implements Expr {}

    record Contains(Pos pos, Expr item, Expr container) implements Expr {}

    record Zip(Pos pos, List<Expr> lists) implements Expr {}

    record Len(Pos pos, Expr operand) implements Expr {}
}
