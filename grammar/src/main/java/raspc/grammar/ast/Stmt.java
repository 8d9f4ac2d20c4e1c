package raspc.grammar.ast;

import java.util.List;

/** RASP statements and REPL commands. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr expr) implements Stmt {}

    /** {@code a, b = x, y;} (one or more names, one or more values). */
    record Assign(Pos pos, List<String> names, List<Expr> values) implements Stmt {}

    /** {@code draw(sop[, input]);} ({@code input} null when absent). */
    record Draw(Pos pos, Expr sop, Expr input) implements Stmt {}

    /** {@code load "file";} without the {@code .rasp} suffix, as written. */
    record Load(Pos pos, String file) implements Stmt {}

    record FuncDef(Pos pos, String name, List<String> params, List<Stmt> body, List<Expr> returns)
            implements Stmt {}

    record ForLoop(Pos pos, List<String> vars, Expr iterable, List<Stmt> body) implements Stmt {}

    /** raspc extension: {@code task NAME { key = expr; ... }}. */
    record TaskDecl(Pos pos, String name, List<TaskField> fields) implements Stmt {}

    record TaskField(Pos pos, String key, Expr value) {}

    /** raspc extension: {@code composition NAME { key = expr; ... }}, a function-composition study (same fields syntax as a task). */
    record CompositionDecl(Pos pos, String name, List<TaskField> fields) implements Stmt {}

    /** raspc extension: {@code boolean NAME(n, ...) = expr;} over the input bits {@code x}. */
    record BooleanDecl(Pos pos, String name, List<String> params, Expr body) implements Stmt {}

    record SetExample(Pos pos, Subset subset, Expr example) implements Stmt {}

    record ShowExample(Pos pos, Subset subset) implements Stmt {}

    record ToggleExamples(Pos pos, Subset subset, boolean on) implements Stmt {}

    record ToggleFullSeq(Pos pos, boolean on) implements Stmt {}

    record Exit(Pos pos) implements Stmt {}
}
