package raspc.grammar.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an expression back as RASP source, fully parenthesised where precedence needs it.
 * Used to name unnamed values (e.g. a selector in a layer/head plan).
 */
public final class ExprPrinter {
    private ExprPrinter() {}

    public static String print(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.value().toString();
        } else if (e instanceof Expr.FloatLit f) {
            return f.text();
        } else if (e instanceof Expr.StrLit s) {
            return "\"" + s.value() + "\"";
        } else if (e instanceof Expr.Var v) {
            return v.name();
        } else if (e instanceof Expr.Index i) {
            return wrap(i.target()) + "[" + print(i.index()) + "]";
        } else if (e instanceof Expr.Call c) {
            return wrap(c.callee()) + "(" + list(c.args()) + ")";
        } else if (e instanceof Expr.Unary u) {
            return switch (u.op()) {
                case ROUND, INDICATOR -> u.op().symbol() + "(" + print(u.operand()) + ")";
                case NOT -> "not " + wrap(u.operand());
                default -> u.op().symbol() + wrap(u.operand());
            };
        } else if (e instanceof Expr.Binary b) {
            return wrap(b.left()) + " " + b.op().symbol() + " " + wrap(b.right());
        } else if (e instanceof Expr.Select s) {
            return "select(" + print(s.key()) + ", " + print(s.query()) + ", " + s.op().symbol() + ")";
        } else if (e instanceof Expr.Ternary t) {
            return wrap(t.then()) + " if " + wrap(t.cond()) + " else " + wrap(t.otherwise());
        } else if (e instanceof Expr.ListLit l) {
            return "[" + list(l.items()) + "]";
        } else if (e instanceof Expr.DictLit d) {
            return "{" + d.entries().stream()
                    .map(en -> print(en.key()) + ": " + print(en.value()))
                    .collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof Expr.Aggregate a) {
            return "aggregate(" + print(a.selector()) + ", " + print(a.sop())
                    + (a.dflt() == null ? "" : ", " + print(a.dflt())) + ")";
        } else if (e instanceof Expr.Range r) {
            return "range(" + list(r.args()) + ")";
        } else if (e instanceof Expr.ListComp c) {
            return "[" + print(c.value()) + " for " + String.join(", ", c.vars()) + " in " + print(c.iterable()) + "]";
        } else if (e instanceof Expr.DictComp c) {
            return "{" + print(c.key()) + ": " + print(c.value()) + " for " + String.join(", ", c.vars())
                    + " in " + print(c.iterable()) + "}";
        } else if (e instanceof Expr.Contains c) {
            return wrap(c.item()) + " in " + wrap(c.container());
        } else if (e instanceof Expr.Zip z) {
            return "zip(" + list(z.lists()) + ")";
        } else if (e instanceof Expr.Len l) {
            return "len(" + print(l.operand()) + ")";
        }
        throw new IllegalStateException("unhandled expression " + e);
    }

    private static String list(List<Expr> items) {
        return items.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    /** Parenthesises compound operands so the printed text parses back to the same tree. */
    private static String wrap(Expr e) {
        boolean compound = e instanceof Expr.Binary || e instanceof Expr.Ternary || e instanceof Expr.Contains
                || (e instanceof Expr.Unary u && u.op() != UnaryOp.ROUND && u.op() != UnaryOp.INDICATOR);
        return compound ? "(" + print(e) + ")" : print(e);
    }
}
