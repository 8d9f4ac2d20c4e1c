package raspc.compiler.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.value.Value.DictVal;
import raspc.compiler.value.Value.ListVal;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Pos;

/**
 * The list-building expressions ({@code range}, list and dict comprehensions, {@code zip}) and
 * the iteration they share with {@code for} loops, with the original's messages.
 */
final class Comprehensions {
    private final Interpreter interp;

    Comprehensions(Interpreter interp) {
        this.interp = interp;
    }

    List<Value> iterationItems(Value iterable, String message, Pos pos) {
        if (iterable instanceof ListVal l) {
            return l.items();
        }
        if (iterable instanceof DictVal d) {
            return new ArrayList<>(d.keys());
        }
        throw interp.error(pos, message + " " + Value.describe(iterable, 40));
    }

    void bindIterators(List<String> names, Value item, Env env, Pos pos) {
        if (names.size() == 1) {
            env.set(names.get(0), item);
            return;
        }
        if (!(item instanceof ListVal l)) {
            throw interp.error(pos, "iterating with multiple iterator names, but got single iterator value: "
                    + Value.describe(item, 40));
        }
        if (l.items().size() != names.size()) {
            throw interp.error(pos, "iterating with " + names.size() + " names but got " + l.items().size()
                    + " values ( " + Value.describe(item, 40) + " )");
        }
        for (int i = 0; i < names.size(); i++) {
            env.set(names.get(i), l.items().get(i));
        }
    }

    Atom dictKey(Expr e, Env env) {
        Value k = interp.eval(e, env);
        if (!(k instanceof Atom a)) {
            throw interp.error(e.pos(), "dictionary keys can only be atoms, but instead got: " + Value.describe(k, 40));
        }
        return a;
    }

    Value range(Expr.Range r, Env env) {
        List<Expr> args = r.args();
        if (args.isEmpty() || args.size() > 3) {
            throw interp.error(r.pos(), "wrong number of inputs to range, expected: 1, 2, or 3, got: " + args.size());
        }
        long[] v = new long[args.size()];
        List<Value> vals = new ArrayList<>();
        for (Expr x : args) {
            vals.add(interp.eval(x, env));
        }
        for (int i = 0; i < v.length; i++) {
            if (!(vals.get(i) instanceof Atom a) || !a.isInt()) {
                throw interp.error(r.pos(), "range expects all integer inputs, but got: " + Value.describe(new ListVal(vals), 1000));
            }
            v[i] = (long) a.num();
        }
        long start = v.length == 1 ? 0 : v[0];
        long stop = v.length == 1 ? v[0] : v[1];
        long step = v.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw interp.error(r.pos(), "range() arg 3 must not be zero");
        }
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        if (count > PyValues.MAX_LIST) {
            throw interp.error(r.pos(), "range too large (" + count + " elements; at most " + PyValues.MAX_LIST + ")");
        }
        List<Value> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            out.add(Atom.ofInt(start + i * step));
        }
        return new ListVal(out);
    }

    Value listComp(Expr.ListComp c, Env env) {
        Value iterable = interp.eval(c.iterable(), env);
        List<Value> items = iterationItems(iterable,
                "list comprehension should have got a list or dict to loop over, but got:", c.pos());
        List<Value> out = new ArrayList<>();
        for (Value item : items) {
            Env inner = env.nested();
            bindIterators(c.vars(), item, inner, c.pos());
            out.add(interp.eval(c.value(), inner));
        }
        return new ListVal(out);
    }

    Value dictComp(Expr.DictComp c, Env env) {
        Value iterable = interp.eval(c.iterable(), env);
        List<Value> items = iterationItems(iterable,
                "dict comprehension should have got a list or dict to loop over, but got:", c.pos());
        List<Map.Entry<Atom, Value>> entries = new ArrayList<>();
        for (Value item : items) {
            Env inner = env.nested();
            bindIterators(c.vars(), item, inner, c.pos());
            Atom key = dictKey(c.key(), inner);
            entries.add(Map.entry(key, interp.eval(c.value(), inner)));
        }
        return Value.dict(entries);
    }

    Value zip(Expr.Zip z, Env env) {
        List<List<Value>> lists = new ArrayList<>();
        for (int i = 0; i < z.lists().size(); i++) {
            Value v = interp.eval(z.lists().get(i), env);
            if (!(v instanceof ListVal l)) {
                throw interp.error(z.pos(), "attempting to zip lists, but " + (i + 1) + "-th element is not list: "
                        + Value.describe(v, 40));
            }
            lists.add(l.items());
        }
        int n = lists.get(0).size();
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).size() != n) {
                throw interp.error(z.pos(), "attempting to zip lists of length " + n + " , but " + (i + 1)
                        + "-th list has length " + lists.get(i).size());
            }
        }
        List<Value> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Value> row = new ArrayList<>();
            for (List<Value> l : lists) {
                row.add(l.get(j));
            }
            out.add(new ListVal(row));
        }
        return new ListVal(out);
    }
}
