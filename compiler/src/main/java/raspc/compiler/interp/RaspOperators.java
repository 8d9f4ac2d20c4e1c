package raspc.compiler.interp;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.value.ContainerFns;
import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.value.Value.DictVal;
import raspc.compiler.value.Value.ListVal;
import raspc.compiler.value.Value.SelVal;
import raspc.compiler.value.Value.SopVal;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Kind;
import raspc.compiler.graph.Aggregate;
import raspc.compiler.graph.Constant;
import raspc.compiler.graph.ElementFns;
import raspc.compiler.graph.MapNode;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelAnd;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SelNot;
import raspc.compiler.graph.SelOr;
import raspc.compiler.graph.Select;
import raspc.compiler.graph.SopNode;
import raspc.compiler.graph.ZipNode;
import raspc.compiler.python.AndOr;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.Comparison;
import raspc.grammar.ast.UnaryOp;

/**
 * The meaning of RASP's operators on values: graph nodes when an s-op or selector is involved
 * (atoms broadcast to constant s-ops), Python's semantics ({@link PyValues}) otherwise.
 * Node names follow the original's ("( a + b )", "I(x)", ...).
 */
public final class RaspOperators {
    private RaspOperators() {}

    static String name(Value v) {
        Node n = Value.nodeOf(v);
        return n != null ? n.name() : Value.str(v);
    }

    /** The original's toseq: s-ops as they are, atoms as constant s-ops. */
    static SopNode toSop(Value v) {
        if (v instanceof SopVal s) {
            return s.node();
        }
        if (v instanceof Atom a) {
            return new Constant(a);
        }
        throw new RaspError("expected an s-op or an atom, got " + Value.typeName(v) + ": " + Value.describe(v, 40));
    }

    private static SopVal zip(ElementFns.Binary fn, Value l, Value r, String name) {
        return new SopVal(new ZipNode(fn, List.of(toSop(l), toSop(r)), name));
    }

    static Value binary(BinaryOp op, Value l, Value r) {
        boolean seq = l instanceof SopVal || r instanceof SopVal;
        boolean sel = l instanceof SelVal || r instanceof SelVal;
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            boolean and = op == BinaryOp.AND;
            if (seq || sel) {
                if (seq && sel || sel && !(l instanceof SelVal && r instanceof SelVal)) {
                    throw new RaspError("Cannot apply and/or between selector and non-selector");
                }
                if (sel) {
                    SelNode a = ((SelVal) l).node();
                    SelNode b = ((SelVal) r).node();
                    return new SelVal(and ? new SelAnd(a, b) : new SelOr(a, b));
                }
                return zip(new ElementFns.Binary(op), l, r,
                        "( " + name(l) + " " + op.symbol() + " " + name(r) + ")");
            }
            return PyValues.andOr(AndOr.of(op), l, r);
        }
        if (sel) {
            throw new RaspError("Cannot apply " + op.symbol() + " to selector(s)");
        }
        if (seq) {
            return zip(new ElementFns.Binary(op), l, r, "( " + name(l) + " " + op.symbol() + " " + name(r) + " )");
        }
        return PyValues.binary(op, l, r);
    }

    static Value unary(UnaryOp op, Value v) {
        switch (op) {
            case NOT -> {
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(UnaryOp.NOT), s.node(),
                            "( not " + s.node().name() + " )"));
                }
                if (v instanceof SelVal s) {
                    return new SelVal(new SelNot(s.node()));
                }
                return Atom.ofBool(!PyValues.truthy(v));
            }
            case INDICATOR -> {
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(UnaryOp.INDICATOR), s.node(),
                            "I(" + s.node().name() + ")"));
                }
                throw new RaspError("indicator operator expects s-op, got: " + Value.describe(v, 40));
            }
            default -> {
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(op), s.node(),
                            "( " + op.symbol() + " " + s.node().name() + " )"));
                }
                return PyValues.unary(op, v);
            }
        }
    }

    static Value ternary(Value cond, Value then, Value otherwise) {
        if (!(cond instanceof SopVal c)) {
            throw new RaspError("the condition of an s-op 'if' must be an s-op, got a selector");
        }
        SopNode t = toSop(then);
        SopNode o = toSop(otherwise);
        return new SopVal(new ZipNode(new ElementFns.Ternary(), List.of(c.node(), t, o),
                t.name() + " if " + c.node().name() + " else " + o.name()));
    }

    static Value select(Value key, Value query, Comparison op) {
        return new SelVal(new Select(toSop(key), toSop(query), op));
    }

    static Value aggregate(Value sel, Value sop, Value dflt) {
        if (!(sel instanceof SelVal s)) {
            throw new RaspError("Expected selector, got: " + Value.describe(sel, 40));
        }
        SopNode values = toSop(sop);
        if (dflt != null && !(dflt instanceof Atom)) {
            throw new RaspError("Expected atom, got: " + Value.describe(dflt, 40));
        }
        return new SopVal(new Aggregate(s.node(), values, (Atom) dflt, "s-op"));
    }

    static Value index(Value target, Value index) {
        boolean stringTarget = target instanceof Atom a && a.kind() == Kind.STR;
        if (target instanceof ListVal || target instanceof DictVal || stringTarget) {
            if (index instanceof SopVal s) {
                return new SopVal(new MapNode(new ContainerFns.Lookup(target), s.node(),
                        (target instanceof DictVal ? "dict" : stringTarget ? "string" : "list") + "[" + s.node().name() + "]"));
            }
            if (index instanceof Atom a) {
                return PyValues.index(target, a);
            }
            String what = target instanceof DictVal ? "dict has to be atom (i.e., string, int, float, bool)"
                    : (stringTarget ? "string" : "list") + " has to be integer";
            throw new RaspError("index into " + what + ", got: " + Value.describe(index, 40));
        }
        if (target instanceof SopVal s) {
            if (!(index instanceof Atom a) || !a.isInt()) {
                throw new RaspError("index into sequence has to be integer, got: " + Value.describe(index, 40));
            }
            long i = (long) a.num();
            SopNode position;
            if (i >= 0) {
                position = new Constant(Atom.ofInt(i));
            } else {
                position = new ZipNode(new ElementFns.Binary(BinaryOp.ADD),
                        List.of(Builtins.LENGTH, new Constant(Atom.ofInt(i))), "length" + i);
            }
            Select sel = new Select(Builtins.INDICES, position, Comparison.EQ);
            sel.setName("load from " + i);
            return new SopVal(new Aggregate(sel, s.node(), null, s.node().name() + "[" + i + "]"));
        }
        throw new RaspError("can only index into a list, dict, string, or sequence, but instead got: "
                + Value.describe(target, 40));
    }

    static Value contains(Value item, Value container, String containerName) {
        if (item instanceof SopVal s) {
            if (!(container instanceof ListVal l)) {
                throw new RaspError("\"[s-op] in X\" expects X to be list of atoms, but got non-list: "
                        + Value.describe(container, 40));
            }
            List<Atom> atoms = new ArrayList<>();
            for (Value v : l.items()) {
                if (!(v instanceof Atom a)) {
                    throw new RaspError("\"[s-op] in X\" expects X to be list of atoms, but got list with values: "
                            + Value.describe(container, 40));
                }
                atoms.add(a);
            }
            String cname = containerName != null ? containerName : Value.str(container);
            return new SopVal(new MapNode(new ContainerFns.InList(atoms), s.node(), s.node().name() + " in " + cname));
        }
        if (item instanceof Atom a) {
            if (container instanceof ListVal l) {
                for (Value v : l.items()) {
                    if (PyValues.equal(a, v)) {
                        return Atom.TRUE;
                    }
                }
                return Atom.FALSE;
            }
            if (container instanceof SopVal s) {
                MapNode indicator = new MapNode(new ElementFns.Unary(UnaryOp.INDICATOR),
                        new ZipNode(new ElementFns.Binary(BinaryOp.EQ), List.of(s.node(), new Constant(a)),
                                "( " + s.node().name() + " == " + a + " )"), "s-op");
                Select all = new Select(new Constant(Atom.ofInt(1)), new Constant(Atom.ofInt(1)), Comparison.EQ);
                all.setName("full average");
                Aggregate frac = new Aggregate(all, indicator, null, "s-op");
                return new SopVal(new ZipNode(new ElementFns.Binary(BinaryOp.GT),
                        List.of(frac, new Constant(Atom.ofInt(0))), "( s-op > 0 )"));
            }
            throw new RaspError("\"[atom] in X\" expects X to be list or s-op, but got: " + Value.describe(container, 40));
        }
        if (item instanceof SelVal || item instanceof Value.FuncVal) {
            String what = item instanceof SelVal ? "select" : "function";
            throw new RaspError("don't check if " + what + " is contained in list/dict: unless exact same instance, "
                    + "unable to check equivalence of " + what + "s");
        }
        throw new RaspError("\"A in X\" expects A to be s-op or atom, but got A: " + Value.describe(item, 40));
    }
}
