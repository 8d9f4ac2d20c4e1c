package raspc.compiler.bool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.compiler.python.AndOr;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Pos;

/**
 * Compiles one spec body, for fixed parameter values, into a {@link BoolExprNode}. Walks the AST once;
 * everything that does not depend on x is evaluated here, the rest becomes closures.
 */
final class ExprCompiler {
    /** Longest constant list (range, choose) a spec may build. */
    private static final int MAX_LIST = 1 << 20;
    static final List<String> BUILTINS = List.of("parity", "xor", "sum", "all", "any", "choose", "random_table");

    private final int n;

    ExprCompiler(int n) {
        this.n = n;
    }

    /** The scope of the body: x, the parameters, True and False. */
    Map<String, BoolExprNode> rootScope(Map<String, Long> params) {
        Map<String, BoolExprNode> scope = new HashMap<>();
        scope.put("True", new BoolExprNode.Const(Pos.NONE, true));
        scope.put("False", new BoolExprNode.Const(Pos.NONE, false));
        params.forEach((name, v) -> scope.put(name, new BoolExprNode.Const(Pos.NONE, v)));
        List<BoolExprNode> bits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bits.add(new BoolExprNode.Bit(Pos.NONE, i));
        }
        scope.put("x", new BoolExprNode.ListOf(Pos.NONE, List.copyOf(bits)));
        return scope;
    }

    BoolExprNode compile(Expr e, Map<String, BoolExprNode> scope) {
        if (e instanceof Expr.IntLit l) {
            if (l.value().bitLength() > 63) {
                throw new BoolSpecError(l.pos(), "integer literal too large for a Boolean function spec (64-bit ints): "
                        + l.value());
            }
            return new BoolExprNode.Const(l.pos(), l.value().longValue());
        }
        if (e instanceof Expr.FloatLit f) {
            return new BoolExprNode.Const(f.pos(), f.value());
        }
        if (e instanceof Expr.Var v) {
            return variable(v, scope);
        }
        if (e instanceof Expr.Unary u) {
            BoolExprNode operand = compile(u.operand(), scope);
            return foldIf(Operators.unary(u.pos(), u.op(), operand), operand);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b, scope);
        }
        if (e instanceof Expr.Ternary t) {
            return ternary(t, scope);
        }
        if (e instanceof Expr.Index ix) {
            return index(ix, scope);
        }
        if (e instanceof Expr.Call c) {
            return call(c, scope);
        }
        if (e instanceof Expr.ListLit l) {
            List<BoolExprNode> items = new ArrayList<>();
            for (Expr item : l.items()) {
                items.add(compile(item, scope));
            }
            return list(l.pos(), items);
        }
        if (e instanceof Expr.ListComp c) {
            return comprehension(c, scope);
        }
        if (e instanceof Expr.Range r) {
            return range(r, scope);
        }
        if (e instanceof Expr.Len l) {
            return new BoolExprNode.Const(l.pos(), (long) Coerce.items(compile(l.operand(), scope), "the argument of len(...)").size());
        }
        if (e instanceof Expr.Contains c) {
            return contains(c, scope);
        }
        throw new BoolSpecError(e.pos(), unsupported(e) + " is not supported in a Boolean function spec");
    }

    private static String unsupported(Expr e) {
        if (e instanceof Expr.StrLit) {
            return "a string";
        }
        if (e instanceof Expr.Select) {
            return "select(...)";
        }
        if (e instanceof Expr.Aggregate) {
            return "aggregate(...)";
        }
        if (e instanceof Expr.DictLit || e instanceof Expr.DictComp) {
            return "a dictionary";
        }
        if (e instanceof Expr.Zip) {
            return "zip(...)";
        }
        return e.getClass().getSimpleName();
    }

    private BoolExprNode variable(Expr.Var v, Map<String, BoolExprNode> scope) {
        BoolExprNode node = scope.get(v.name());
        if (node == null) {
            throw new BoolSpecError(v.pos(), "unknown name '" + v.name() + "' (known here: "
                    + String.join(", ", new TreeSet<>(scope.keySet())) + ")");
        }
        return BoolExprNode.at(node, v.pos());
    }

    private BoolExprNode binary(Expr.Binary b, Map<String, BoolExprNode> scope) {
        BoolExprNode l = compile(b.left(), scope);
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            return logic(b, l, scope);
        }
        BoolExprNode r = compile(b.right(), scope);
        return foldIf(Operators.binary(b.pos(), b.op(), l, r), l, r);
    }

    /**
     * and / or, giving a bit ({@link AndOr#truth}) with Python's short-circuit: a constant left
     * side that decides is the answer and the right side is not compiled.
     */
    private BoolExprNode logic(Expr.Binary b, BoolExprNode l, Map<String, BoolExprNode> scope) {
        AndOr op = AndOr.of(b.op());
        String what = "the operands of '" + b.op().symbol() + "'";
        LongPredicate a = Coerce.asBool(l, what);
        if (l instanceof BoolExprNode.Const) {
            boolean lv = a.test(0L);
            if (op.leftDecides(lv)) {
                return new BoolExprNode.Const(b.pos(), lv);
            }
            BoolExprNode r = compile(b.right(), scope);
            return foldIf(new BoolExprNode.BoolFn(b.pos(), Coerce.asBool(r, what)), r);
        }
        BoolExprNode r = compile(b.right(), scope);
        LongPredicate c = Coerce.asBool(r, what);
        if (r instanceof BoolExprNode.Const) {
            boolean rv = c.test(0L);
            return rv == op.neutral() ? new BoolExprNode.BoolFn(b.pos(), a) : new BoolExprNode.Const(b.pos(), rv);
        }
        return new BoolExprNode.BoolFn(b.pos(), x -> {
            boolean left = a.test(x);
            return op.leftDecides(left) ? left : c.test(x);
        });
    }

    private BoolExprNode ternary(Expr.Ternary t, Map<String, BoolExprNode> scope) {
        BoolExprNode cond = compile(t.cond(), scope);
        LongPredicate c = Coerce.asBool(cond, "the condition of 'if'");
        if (cond instanceof BoolExprNode.Const) {
            // Like Python, the branch not taken is never evaluated (it may be out of range).
            return compile(c.test(0L) ? t.then() : t.otherwise(), scope);
        }
        BoolExprNode a = compile(t.then(), scope);
        BoolExprNode b = compile(t.otherwise(), scope);
        if (BoolExprNode.isList(a) || BoolExprNode.isList(b)) {
            throw new BoolSpecError(t.pos(), "both branches of an input-dependent 'if' must be numbers or bits, not lists");
        }
        String what = "a branch of 'if'";
        if (BoolExprNode.typeName(a).equals("bool") && BoolExprNode.typeName(b).equals("bool")) {
            LongPredicate p = Coerce.asBool(a, what);
            LongPredicate q = Coerce.asBool(b, what);
            return new BoolExprNode.BoolFn(t.pos(), x -> c.test(x) ? p.test(x) : q.test(x));
        }
        if (BoolExprNode.isIntLike(a) && BoolExprNode.isIntLike(b)) {
            LongUnaryOperator p = Coerce.asLong(a, what);
            LongUnaryOperator q = Coerce.asLong(b, what);
            return new BoolExprNode.IntFn(t.pos(), x -> c.test(x) ? p.applyAsLong(x) : q.applyAsLong(x));
        }
        LongToDoubleFunction p = Coerce.asDouble(a, what);
        LongToDoubleFunction q = Coerce.asDouble(b, what);
        return new BoolExprNode.FloatFn(t.pos(), x -> c.test(x) ? p.applyAsDouble(x) : q.applyAsDouble(x));
    }

    private BoolExprNode index(Expr.Index ix, Map<String, BoolExprNode> scope) {
        BoolExprNode target = compile(ix.target(), scope);
        List<BoolExprNode> items = Coerce.items(target, "the indexed value");
        BoolExprNode idx = compile(ix.index(), scope);
        if (idx instanceof BoolExprNode.Const) {
            long i = Coerce.constLong(idx, "an index");
            long j = i < 0 ? i + items.size() : i;
            if (j < 0 || j >= items.size()) {
                throw new BoolSpecError(ix.index().pos(), "index " + i + " is out of range for a list of " + items.size() + " items");
            }
            return BoolExprNode.at(items.get((int) j), ix.pos());
        }
        return dynamicIndex(ix.pos(), items, Coerce.asLong(idx, "an index"));
    }

    /** x[i] where i depends on the input: a table of item closures, bounds checked per call. */
    private BoolExprNode dynamicIndex(Pos pos, List<BoolExprNode> items, LongUnaryOperator idx) {
        int size = items.size();
        LongUnaryOperator slot = x -> {
            long i = idx.applyAsLong(x);
            long j = i < 0 ? i + size : i;
            if (j < 0 || j >= size) {
                throw new BoolSpecError(pos, "index " + i + " is out of range for a list of " + size
                        + " items (at input " + bits(x) + ")");
            }
            return j;
        };
        boolean allBits = items.stream().allMatch(it -> it instanceof BoolExprNode.Bit);
        if (allBits) {
            int[] positions = items.stream().mapToInt(it -> ((BoolExprNode.Bit) it).index()).toArray();
            return new BoolExprNode.IntFn(pos, x -> (x >>> positions[(int) slot.applyAsLong(x)]) & 1L);
        }
        for (BoolExprNode it : items) {
            if (BoolExprNode.isList(it)) {
                throw new BoolSpecError(pos, "an input-dependent index needs a list of numbers or bits, not of lists");
            }
        }
        String what = "an item of the indexed list";
        if (items.stream().anyMatch(it -> BoolExprNode.typeName(it).equals("float"))) {
            LongToDoubleFunction[] fs = items.stream().map(it -> Coerce.asDouble(it, what)).toArray(LongToDoubleFunction[]::new);
            return new BoolExprNode.FloatFn(pos, x -> fs[(int) slot.applyAsLong(x)].applyAsDouble(x));
        }
        LongUnaryOperator[] fs = items.stream().map(it -> Coerce.asLong(it, what)).toArray(LongUnaryOperator[]::new);
        return new BoolExprNode.IntFn(pos, x -> fs[(int) slot.applyAsLong(x)].applyAsLong(x));
    }

    private BoolExprNode call(Expr.Call c, Map<String, BoolExprNode> scope) {
        if (!(c.callee() instanceof Expr.Var fn)) {
            throw new BoolSpecError(c.pos(), "only the builtin functions can be called in a Boolean function spec: "
                    + String.join(", ", BUILTINS));
        }
        List<BoolExprNode> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(compile(a, scope));
        }
        return new BooleanBuiltins(n).call(c.pos(), fn.name(), args);
    }

    /** A list literal or comprehension result: a constant when every item is one. */
    static BoolExprNode list(Pos pos, List<BoolExprNode> items) {
        if (items.size() > MAX_LIST) {
            throw new BoolSpecError(pos, "list too long (" + items.size() + " items, at most " + MAX_LIST + ")");
        }
        if (items.stream().allMatch(Coerce::isConst)) {
            List<Object> values = new ArrayList<>(items.size());
            for (BoolExprNode item : items) {
                values.add(((BoolExprNode.Const) item).value());
            }
            return new BoolExprNode.Const(pos, List.copyOf(values));
        }
        return new BoolExprNode.ListOf(pos, List.copyOf(items));
    }

    private BoolExprNode comprehension(Expr.ListComp c, Map<String, BoolExprNode> scope) {
        List<BoolExprNode> source = Coerce.items(compile(c.iterable(), scope), "the iterable of a comprehension");
        List<BoolExprNode> out = new ArrayList<>(source.size());
        for (BoolExprNode item : source) {
            Map<String, BoolExprNode> inner = new HashMap<>(scope);
            if (c.vars().size() == 1) {
                inner.put(c.vars().get(0), item);
            } else {
                List<BoolExprNode> parts = Coerce.items(item, "an item unpacked into " + String.join(", ", c.vars()));
                if (parts.size() != c.vars().size()) {
                    throw new BoolSpecError(c.pos(), "cannot unpack " + parts.size() + " values into " + c.vars().size() + " names");
                }
                for (int k = 0; k < parts.size(); k++) {
                    inner.put(c.vars().get(k), parts.get(k));
                }
            }
            out.add(compile(c.value(), inner));
        }
        return list(c.pos(), out);
    }

    private BoolExprNode range(Expr.Range r, Map<String, BoolExprNode> scope) {
        if (r.args().isEmpty() || r.args().size() > 3) {
            throw new BoolSpecError(r.pos(), "range(...) takes 1 to 3 ints, got " + r.args().size() + " arguments");
        }
        long[] a = new long[r.args().size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = Coerce.constLong(compile(r.args().get(k), scope), "an argument of range(...)");
        }
        long start = a.length == 1 ? 0 : a[0];
        long stop = a.length == 1 ? a[0] : a[1];
        long step = a.length == 3 ? a[2] : 1;
        if (step == 0) {
            throw new BoolSpecError(r.pos(), "range(...) step must not be zero");
        }
        List<Object> values = new ArrayList<>();
        for (long v = start; step > 0 ? v < stop : v > stop; v += step) {
            if (values.size() == MAX_LIST) {
                throw new BoolSpecError(r.pos(), "range(...) too long (at most " + MAX_LIST + " items)");
            }
            values.add(v);
        }
        return new BoolExprNode.Const(r.pos(), List.copyOf(values));
    }

    private BoolExprNode contains(Expr.Contains c, Map<String, BoolExprNode> scope) {
        BoolExprNode item = compile(c.item(), scope);
        BoolExprNode container = compile(c.container(), scope);
        List<BoolExprNode> items = Coerce.items(container, "the right side of 'in'");
        LongToDoubleFunction v = Coerce.asDouble(item, "the left side of 'in'");
        LongToDoubleFunction[] fs = items.stream().map(it -> Coerce.asDouble(it, "an item of the right side of 'in'"))
                .toArray(LongToDoubleFunction[]::new);
        BoolExprNode result = new BoolExprNode.BoolFn(c.pos(), x -> {
            double want = v.applyAsDouble(x);
            for (LongToDoubleFunction f : fs) {
                if (f.applyAsDouble(x) == want) {
                    return true;
                }
            }
            return false;
        });
        return foldIf(result, item, container);
    }

    /** Folds a scalar node to a constant when all its inputs are constants. */
    static BoolExprNode foldIf(BoolExprNode result, BoolExprNode... inputs) {
        for (BoolExprNode in : inputs) {
            if (!(in instanceof BoolExprNode.Const)) {
                return result;
            }
        }
        return Coerce.fold(result);
    }

    /** An input as the bit string x[0] x[1] ... for messages. */
    String bits(long x) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((x >>> i) & 1L);
        }
        return sb.toString();
    }
}
