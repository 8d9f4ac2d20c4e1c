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
 * Compiles one spec body, for fixed parameter values, into a {@link Node}. Walks the AST once;
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
    Map<String, Node> rootScope(Map<String, Long> params) {
        Map<String, Node> scope = new HashMap<>();
        scope.put("True", new Node.Const(Pos.NONE, true));
        scope.put("False", new Node.Const(Pos.NONE, false));
        params.forEach((name, v) -> scope.put(name, new Node.Const(Pos.NONE, v)));
        List<Node> bits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bits.add(new Node.Bit(Pos.NONE, i));
        }
        scope.put("x", new Node.ListOf(Pos.NONE, List.copyOf(bits)));
        return scope;
    }

    Node compile(Expr e, Map<String, Node> scope) {
        if (e instanceof Expr.IntLit l) {
            return new Node.Const(l.pos(), l.value());
        }
        if (e instanceof Expr.FloatLit f) {
            return new Node.Const(f.pos(), f.value());
        }
        if (e instanceof Expr.Var v) {
            return variable(v, scope);
        }
        if (e instanceof Expr.Unary u) {
            Node operand = compile(u.operand(), scope);
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
            List<Node> items = new ArrayList<>();
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
            return new Node.Const(l.pos(), (long) Coerce.items(compile(l.operand(), scope), "the argument of len(...)").size());
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

    private Node variable(Expr.Var v, Map<String, Node> scope) {
        Node node = scope.get(v.name());
        if (node == null) {
            throw new BoolSpecError(v.pos(), "unknown name '" + v.name() + "' (known here: "
                    + String.join(", ", new TreeSet<>(scope.keySet())) + ")");
        }
        return Node.at(node, v.pos());
    }

    private Node binary(Expr.Binary b, Map<String, Node> scope) {
        Node l = compile(b.left(), scope);
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            return logic(b, l, scope);
        }
        Node r = compile(b.right(), scope);
        return foldIf(Operators.binary(b.pos(), b.op(), l, r), l, r);
    }

    /**
     * and / or, giving a bit ({@link AndOr#truth}) with Python's short-circuit: a constant left
     * side that decides is the answer and the right side is not compiled.
     */
    private Node logic(Expr.Binary b, Node l, Map<String, Node> scope) {
        AndOr op = AndOr.of(b.op());
        String what = "the operands of '" + b.op().symbol() + "'";
        LongPredicate a = Coerce.asBool(l, what);
        if (l instanceof Node.Const) {
            boolean lv = a.test(0L);
            if (op.leftDecides(lv)) {
                return new Node.Const(b.pos(), lv);
            }
            Node r = compile(b.right(), scope);
            return foldIf(new Node.BoolFn(b.pos(), Coerce.asBool(r, what)), r);
        }
        Node r = compile(b.right(), scope);
        LongPredicate c = Coerce.asBool(r, what);
        if (r instanceof Node.Const) {
            boolean rv = c.test(0L);
            return rv == op.neutral() ? new Node.BoolFn(b.pos(), a) : new Node.Const(b.pos(), rv);
        }
        return new Node.BoolFn(b.pos(), x -> {
            boolean left = a.test(x);
            return op.leftDecides(left) ? left : c.test(x);
        });
    }

    private Node ternary(Expr.Ternary t, Map<String, Node> scope) {
        Node cond = compile(t.cond(), scope);
        LongPredicate c = Coerce.asBool(cond, "the condition of 'if'");
        if (cond instanceof Node.Const) {
            // Like Python, the branch not taken is never evaluated (it may be out of range).
            return compile(c.test(0L) ? t.then() : t.otherwise(), scope);
        }
        Node a = compile(t.then(), scope);
        Node b = compile(t.otherwise(), scope);
        if (Node.isList(a) || Node.isList(b)) {
            throw new BoolSpecError(t.pos(), "both branches of an input-dependent 'if' must be numbers or bits, not lists");
        }
        String what = "a branch of 'if'";
        if (Node.typeName(a).equals("bool") && Node.typeName(b).equals("bool")) {
            LongPredicate p = Coerce.asBool(a, what);
            LongPredicate q = Coerce.asBool(b, what);
            return new Node.BoolFn(t.pos(), x -> c.test(x) ? p.test(x) : q.test(x));
        }
        if (Node.isIntLike(a) && Node.isIntLike(b)) {
            LongUnaryOperator p = Coerce.asLong(a, what);
            LongUnaryOperator q = Coerce.asLong(b, what);
            return new Node.IntFn(t.pos(), x -> c.test(x) ? p.applyAsLong(x) : q.applyAsLong(x));
        }
        LongToDoubleFunction p = Coerce.asDouble(a, what);
        LongToDoubleFunction q = Coerce.asDouble(b, what);
        return new Node.FloatFn(t.pos(), x -> c.test(x) ? p.applyAsDouble(x) : q.applyAsDouble(x));
    }

    private Node index(Expr.Index ix, Map<String, Node> scope) {
        Node target = compile(ix.target(), scope);
        List<Node> items = Coerce.items(target, "the indexed value");
        Node idx = compile(ix.index(), scope);
        if (idx instanceof Node.Const) {
            long i = Coerce.constLong(idx, "an index");
            long j = i < 0 ? i + items.size() : i;
            if (j < 0 || j >= items.size()) {
                throw new BoolSpecError(ix.index().pos(), "index " + i + " is out of range for a list of " + items.size() + " items");
            }
            return Node.at(items.get((int) j), ix.pos());
        }
        return dynamicIndex(ix.pos(), items, Coerce.asLong(idx, "an index"));
    }

    /** x[i] where i depends on the input: a table of item closures, bounds checked per call. */
    private Node dynamicIndex(Pos pos, List<Node> items, LongUnaryOperator idx) {
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
        boolean allBits = items.stream().allMatch(it -> it instanceof Node.Bit);
        if (allBits) {
            int[] positions = items.stream().mapToInt(it -> ((Node.Bit) it).index()).toArray();
            return new Node.IntFn(pos, x -> (x >>> positions[(int) slot.applyAsLong(x)]) & 1L);
        }
        for (Node it : items) {
            if (Node.isList(it)) {
                throw new BoolSpecError(pos, "an input-dependent index needs a list of numbers or bits, not of lists");
            }
        }
        String what = "an item of the indexed list";
        if (items.stream().anyMatch(it -> Node.typeName(it).equals("float"))) {
            LongToDoubleFunction[] fs = items.stream().map(it -> Coerce.asDouble(it, what)).toArray(LongToDoubleFunction[]::new);
            return new Node.FloatFn(pos, x -> fs[(int) slot.applyAsLong(x)].applyAsDouble(x));
        }
        LongUnaryOperator[] fs = items.stream().map(it -> Coerce.asLong(it, what)).toArray(LongUnaryOperator[]::new);
        return new Node.IntFn(pos, x -> fs[(int) slot.applyAsLong(x)].applyAsLong(x));
    }

    private Node call(Expr.Call c, Map<String, Node> scope) {
        if (!(c.callee() instanceof Expr.Var fn)) {
            throw new BoolSpecError(c.pos(), "only the builtin functions can be called in a Boolean function spec: "
                    + String.join(", ", BUILTINS));
        }
        List<Node> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(compile(a, scope));
        }
        return new Builtins(n).call(c.pos(), fn.name(), args);
    }

    /** A list literal or comprehension result: a constant when every item is one. */
    static Node list(Pos pos, List<Node> items) {
        if (items.size() > MAX_LIST) {
            throw new BoolSpecError(pos, "list too long (" + items.size() + " items, at most " + MAX_LIST + ")");
        }
        if (items.stream().allMatch(Coerce::isConst)) {
            List<Object> values = new ArrayList<>(items.size());
            for (Node item : items) {
                values.add(((Node.Const) item).value());
            }
            return new Node.Const(pos, List.copyOf(values));
        }
        return new Node.ListOf(pos, List.copyOf(items));
    }

    private Node comprehension(Expr.ListComp c, Map<String, Node> scope) {
        List<Node> source = Coerce.items(compile(c.iterable(), scope), "the iterable of a comprehension");
        List<Node> out = new ArrayList<>(source.size());
        for (Node item : source) {
            Map<String, Node> inner = new HashMap<>(scope);
            if (c.vars().size() == 1) {
                inner.put(c.vars().get(0), item);
            } else {
                List<Node> parts = Coerce.items(item, "an item unpacked into " + String.join(", ", c.vars()));
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

    private Node range(Expr.Range r, Map<String, Node> scope) {
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
        return new Node.Const(r.pos(), List.copyOf(values));
    }

    private Node contains(Expr.Contains c, Map<String, Node> scope) {
        Node item = compile(c.item(), scope);
        Node container = compile(c.container(), scope);
        List<Node> items = Coerce.items(container, "the right side of 'in'");
        LongToDoubleFunction v = Coerce.asDouble(item, "the left side of 'in'");
        LongToDoubleFunction[] fs = items.stream().map(it -> Coerce.asDouble(it, "an item of the right side of 'in'"))
                .toArray(LongToDoubleFunction[]::new);
        Node result = new Node.BoolFn(c.pos(), x -> {
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
    static Node foldIf(Node result, Node... inputs) {
        for (Node in : inputs) {
            if (!(in instanceof Node.Const)) {
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
