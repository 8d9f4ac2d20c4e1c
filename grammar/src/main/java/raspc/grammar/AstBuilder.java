package raspc.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import raspc.grammar.RaspParser.*;
import raspc.grammar.ast.*;

/** Turns ANTLR parse trees into the AST records of {@link raspc.grammar.ast}. */
final class AstBuilder {
    private final String source;

    AstBuilder(String source) {
        this.source = source;
    }

    List<Stmt> program(ProgramContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            out.add(statement(s));
        }
        return out;
    }

    Stmt statement(StatementContext ctx) {
        return ctx.raspStatement() != null ? rasp(ctx.raspStatement()) : repl(ctx.replStatement());
    }

    private Stmt rasp(RaspStatementContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof ExprStatementContext c) {
            return new Stmt.ExprStmt(pos, expr(c.expr()));
        }
        if (ctx instanceof AssignStatementContext c) {
            return new Stmt.Assign(pos, ids(c.idList()), exprs(c.exprList()));
        }
        if (ctx instanceof DrawStatementContext c) {
            return new Stmt.Draw(pos, expr(c.sop), c.input == null ? null : expr(c.input));
        }
        if (ctx instanceof LoadStatementContext c) {
            return new Stmt.Load(pos, unquote(c.String().getText()));
        }
        if (ctx instanceof FuncDefStatementContext c) {
            List<String> params = c.params == null ? List.of() : ids(c.params);
            return new Stmt.FuncDef(pos, c.name.getText(), params, body(c.raspStatement()),
                    exprs(c.exprList()));
        }
        if (ctx instanceof ForStatementContext c) {
            return new Stmt.ForLoop(pos, ids(c.idList()), expr(c.expr()), body(c.raspStatement()));
        }
        if (ctx instanceof TaskStatementContext c) {
            List<Stmt.TaskField> fields = new ArrayList<>();
            for (TaskFieldContext f : c.taskField()) {
                fields.add(new Stmt.TaskField(pos(f), f.key.getText(), expr(f.expr())));
            }
            if (c.kind.getText().equals("composition")) {
                return new Stmt.CompositionDecl(pos, c.name.getText(), List.copyOf(fields));
            }
            expectKeyword(c.kind, "task", "'task NAME { ... }' or 'composition NAME { ... }'");
            return new Stmt.TaskDecl(pos, c.name.getText(), List.copyOf(fields));
        }
        if (ctx instanceof BooleanStatementContext c) {
            expectKeyword(c.kind, "boolean", "'boolean NAME(n) = expression;'");
            List<String> params = c.params == null ? List.of() : ids(c.params);
            return new Stmt.BooleanDecl(pos, c.name.getText(), params, expr(c.expr()));
        }
        throw new IllegalStateException("unhandled statement " + ctx.getClass().getSimpleName());
    }

    private void expectKeyword(Token kind, String keyword, String form) {
        if (!kind.getText().equals(keyword)) {
            Pos p = pos(kind);
            throw new SyntaxError(source, p.line(), p.column(),
                    "unexpected '" + kind.getText() + "': a declaration starts with '" + keyword + "' (" + form + ")");
        }
    }

    private List<Stmt> body(List<RaspStatementContext> statements) {
        List<Stmt> out = new ArrayList<>();
        for (RaspStatementContext s : statements) {
            out.add(rasp(s));
        }
        return List.copyOf(out);
    }

    private Stmt repl(ReplStatementContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof SetExampleContext c) {
            Expr example = c.example != null ? expr(c.example) : exampleValue(c.exampleValue());
            return new Stmt.SetExample(pos, subset(c.subset()), example);
        }
        if (ctx instanceof ShowExampleContext c) {
            return new Stmt.ShowExample(pos, subset(c.subset()));
        }
        if (ctx instanceof ToggleExamplesContext c) {
            return new Stmt.ToggleExamples(pos, subset(c.subset()), on(c.onOff()));
        }
        if (ctx instanceof ToggleFullSeqContext c) {
            return new Stmt.ToggleFullSeq(pos, on(c.onOff()));
        }
        if (ctx instanceof ExitCommandContext) {
            return new Stmt.Exit(pos);
        }
        throw new IllegalStateException("unhandled command " + ctx.getClass().getSimpleName());
    }

    private static Subset subset(SubsetContext ctx) {
        if (ctx == null) {
            return Subset.BOTH;
        }
        return ctx.getText().equals("selector") ? Subset.SELECTOR : Subset.SOP;
    }

    private static boolean on(OnOffContext ctx) {
        return ctx.getText().equals("on");
    }

    Expr expr(ExprContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof ParenExprContext c) {
            return expr(c.expr());
        }
        if (ctx instanceof IndexExprContext c) {
            return new Expr.Index(pos, expr(c.target), expr(c.index));
        }
        if (ctx instanceof CallExprContext c) {
            return new Expr.Call(pos, expr(c.callee), c.exprList() == null ? List.of() : exprs(c.exprList()));
        }
        if (ctx instanceof UnaryExprContext c) {
            UnaryOp op = switch (c.op.getText()) {
                case "not" -> UnaryOp.NOT;
                case "-" -> UnaryOp.NEG;
                default -> UnaryOp.PLUS;
            };
            return new Expr.Unary(pos, op, expr(c.expr()));
        }
        if (ctx instanceof BuiltinUnaryExprContext c) {
            UnaryOp op = c.op.getText().equals("round") ? UnaryOp.ROUND : UnaryOp.INDICATOR;
            return new Expr.Unary(pos, op, expr(c.expr()));
        }
        if (ctx instanceof BinaryExprContext c) {
            return new Expr.Binary(pos(c.op), BinaryOp.of(c.op.getText()), expr(c.left), expr(c.right));
        }
        if (ctx instanceof SelectExprContext c) {
            return new Expr.Select(pos, expr(c.key), expr(c.query), Comparison.of(c.selop.getText()));
        }
        if (ctx instanceof TernaryExprContext c) {
            return new Expr.Ternary(pos, expr(c.then), expr(c.cond), expr(c.otherwise));
        }
        if (ctx instanceof VarExprContext c) {
            return new Expr.Var(pos, c.ID().getText());
        }
        if (ctx instanceof AtomExprContext c) {
            return atom(c.atom());
        }
        if (ctx instanceof ListExprContext c) {
            return listLit(pos, c.exprList());
        }
        if (ctx instanceof DictExprContext c) {
            List<Expr.Entry> entries = new ArrayList<>();
            if (c.namedExprList() != null) {
                for (NamedExprContext e : c.namedExprList().namedExpr()) {
                    entries.add(new Expr.Entry(expr(e.key), expr(e.value)));
                }
            }
            return new Expr.DictLit(pos, List.copyOf(entries));
        }
        if (ctx instanceof AggregateExprContext c) {
            return new Expr.Aggregate(pos, expr(c.sel), expr(c.sop), c.dflt == null ? null : expr(c.dflt));
        }
        if (ctx instanceof RangeExprContext c) {
            return new Expr.Range(pos, exprs(c.exprList()));
        }
        if (ctx instanceof ListCompExprContext c) {
            return listComp(pos, c.value, c.idList(), c.iterable);
        }
        if (ctx instanceof DictCompExprContext c) {
            return new Expr.DictComp(pos, expr(c.key), expr(c.value), ids(c.idList()), expr(c.iterable));
        }
        if (ctx instanceof ContainsExprContext c) {
            return new Expr.Contains(pos, expr(c.item), expr(c.container));
        }
        if (ctx instanceof ZipExprContext c) {
            return new Expr.Zip(pos, exprs(c.exprList()));
        }
        if (ctx instanceof LenExprContext c) {
            return new Expr.Len(pos, expr(c.expr()));
        }
        throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
    }

    /** The example of a {@code set example} without ';', as the expression it is. */
    private Expr exampleValue(ExampleValueContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof ExampleAtomContext c) {
            return atom(c.atom());
        }
        if (ctx instanceof ExampleNameContext c) {
            return new Expr.Var(pos, c.ID().getText());
        }
        if (ctx instanceof ExampleListContext c) {
            return listLit(pos, c.exprList());
        }
        if (ctx instanceof ExampleListCompContext c) {
            return listComp(pos, c.value, c.idList(), c.iterable);
        }
        return expr(((ExampleParenContext) ctx).expr());
    }

    private Expr listLit(Pos pos, ExprListContext items) {
        return new Expr.ListLit(pos, items == null ? List.of() : exprs(items));
    }

    private Expr listComp(Pos pos, ExprContext value, IdListContext ids, ExprContext iterable) {
        return new Expr.ListComp(pos, expr(value), ids(ids), expr(iterable));
    }

    private Expr atom(AtomContext ctx) {
        Pos pos = pos(ctx);
        if (ctx instanceof IntAtomContext c) {
            return new Expr.IntLit(pos, new java.math.BigInteger(c.PosInt().getText())); // Python's ints are unbounded
        }
        if (ctx instanceof FloatAtomContext c) {
            return new Expr.FloatLit(pos, Double.parseDouble(c.Float().getText()), c.Float().getText());
        }
        return new Expr.StrLit(pos, unquote(((StringAtomContext) ctx).String().getText()));
    }

    private List<Expr> exprs(ExprListContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (ExprContext e : ctx.expr()) {
            out.add(expr(e));
        }
        return List.copyOf(out);
    }

    private static List<String> ids(IdListContext ctx) {
        List<String> out = new ArrayList<>();
        for (TerminalNode id : ctx.ID()) {
            out.add(id.getText());
        }
        return List.copyOf(out);
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private static Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private static Pos pos(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }
}
