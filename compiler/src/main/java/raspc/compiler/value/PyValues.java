package raspc.compiler.value;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.value.Value.DictVal;
import raspc.compiler.value.Value.ListVal;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.PyAtoms;
import raspc.compiler.seq.SeqBuilder;
import raspc.compiler.python.AndOr;
import raspc.compiler.python.PyStrings;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.UnaryOp;

/**
 * Python's semantics on the interpreter's plain values (atoms, lists, dicts, functions):
 * truthiness, deep ==, and/or, the operators, indexing. S-ops and selectors are not plain values;
 * their operators build graph nodes instead.
 */
public final class PyValues {
    /** Largest list range(), + or * may create. */
    public static final int MAX_LIST = 10_000_000;

    private PyValues() {}

    public static boolean truthy(Value v) {
        if (v instanceof Atom a) {
            return a.truthy();
        } else if (v instanceof ListVal l) {
            return !l.items().isEmpty();
        } else if (v instanceof DictVal d) {
            return !d.entries().isEmpty();
        }
        return true;
    }

    /** Python ==, deep on lists and dicts, identity on functions; s-ops and selectors are never equal. */
    public static boolean equal(Value l, Value r) {
        if (l instanceof Atom a && r instanceof Atom b) {
            return a.pyEquals(b);
        }
        if (l instanceof ListVal a && r instanceof ListVal b) {
            if (a.items().size() != b.items().size()) {
                return false;
            }
            for (int i = 0; i < a.items().size(); i++) {
                if (!equal(a.items().get(i), b.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (l instanceof DictVal a && r instanceof DictVal b) {
            if (a.entries().size() != b.entries().size()) {
                return false;
            }
            for (var e : a.entries().values()) {
                Value other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (l instanceof Value.FuncVal a && r instanceof Value.FuncVal b) {
            return a.function() == b.function();
        }
        return false;
    }

    /** Python's {@code l and r} / {@code l or r}: one of the operands. */
    public static Value andOr(AndOr op, Value l, Value r) {
        return op.pick(l, truthy(l), r);
    }

    /** Python's {@code l op r} for an arithmetic or comparison operator. */
    public static Value binary(BinaryOp op, Value l, Value r) {
        if (l instanceof Atom a && r instanceof Atom b) {
            if (BigInts.handles(op, a, b)) {
                return BigInts.binary(op, a, b);
            }
            SeqBuilder out = new SeqBuilder(1);
            PyAtoms.binary(op, a.kind(), a.word(), a.str(), b.kind(), b.word(), b.str(), out, 0);
            return Atom.of(out.kind(0), out.word(0), out.str(0));
        }
        return containers(op, l, r);
    }

    /** Where a list, dict, function or applied result is involved. */
    private static Value containers(BinaryOp op, Value l, Value r) {
        if (op == BinaryOp.EQ) {
            return Atom.ofBool(equal(l, r));
        }
        if (op == BinaryOp.NE) {
            return Atom.ofBool(!equal(l, r));
        }
        if (op == BinaryOp.ADD && l instanceof ListVal a && r instanceof ListVal b) {
            if ((long) a.items().size() + b.items().size() > MAX_LIST) {
                throw new RaspError("list too long");
            }
            List<Value> out = new ArrayList<>(a.items());
            out.addAll(b.items());
            return new ListVal(out);
        }
        if (op == BinaryOp.MUL && (l instanceof ListVal || r instanceof ListVal)) {
            return repeat(l instanceof ListVal a ? a : (ListVal) r, l instanceof ListVal ? r : l);
        }
        if (op == BinaryOp.ADD && l instanceof ListVal) {
            throw new RaspError("can only concatenate list (not \"" + Value.typeName(r) + "\") to list");
        }
        if (op == BinaryOp.LT || op == BinaryOp.GT || op == BinaryOp.LE || op == BinaryOp.GE) {
            throw new RaspError("'" + op.symbol() + "' not supported between instances of '" + Value.typeName(l)
                    + "' and '" + Value.typeName(r) + "'");
        }
        throw new RaspError("unsupported operand type(s) for " + op.symbol() + ": '" + Value.typeName(l) + "' and '"
                + Value.typeName(r) + "'");
    }

    private static ListVal repeat(ListVal list, Value times) {
        if (!(times instanceof Atom t) || !t.isInt()) {
            throw new RaspError("can't multiply sequence by non-int of type '" + Value.typeName(times) + "'");
        }
        long count = Math.max(0, (long) t.num());
        if (count * list.items().size() > MAX_LIST) {
            throw new RaspError("list too long");
        }
        List<Value> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            out.addAll(list.items());
        }
        return new ListVal(out);
    }

    /** Python's unary {@code -}, {@code +} or {@code round}; only atoms have them. */
    public static Value unary(UnaryOp op, Value v) {
        if (v instanceof Atom a) {
            if (BigInts.handles(op, a)) {
                return BigInts.unary(op, a);
            }
            SeqBuilder out = new SeqBuilder(1);
            PyAtoms.unary(op, a.kind(), a.word(), a.str(), out, 0);
            return Atom.of(out.kind(0), out.word(0), out.str(0));
        }
        if (op == UnaryOp.ROUND) {
            throw new RaspError("type " + Value.typeName(v) + " doesn't define __round__ method");
        }
        throw new RaspError("bad operand type for unary " + op.symbol() + ": '" + Value.typeName(v) + "'");
    }

    /** container[index] for a list, string (by code point) or dict container and an atom index. */
    public static Value index(Value container, Atom index) {
        if (container instanceof DictVal d) {
            Value v = d.get(index);
            if (v == null) {
                throw new RaspError("index [ " + Value.describe(index, Integer.MAX_VALUE) + " ] not in dict.");
            }
            return v;
        }
        boolean isList = container instanceof ListVal;
        String what = isList ? "list" : "string";
        if (!index.isInt()) {
            throw new RaspError("index into " + what + " has to be integer, got: "
                    + Value.describe(index, Integer.MAX_VALUE));
        }
        int len = isList ? ((ListVal) container).items().size() : PyStrings.length(((Atom) container).str());
        long i = (long) index.num();
        if (i >= len || -i > len) {
            throw new RaspError("index " + i + " out of range for " + what + " of length " + len);
        }
        int at = (int) (i < 0 ? i + len : i);
        return isList ? ((ListVal) container).items().get(at) : Atom.ofStr(PyStrings.at(((Atom) container).str(), at));
    }
}
