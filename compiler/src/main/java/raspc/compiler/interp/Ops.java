package raspc.compiler.interp;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.RaspError;
import raspc.compiler.Value;
import raspc.compiler.Value.Atom;
import raspc.compiler.Value.DictVal;
import raspc.compiler.Value.ListVal;
import raspc.compiler.Value.SelVal;
import raspc.compiler.Value.SopVal;
import raspc.compiler.eval.Kind;
import raspc.compiler.eval.PyOps;
import raspc.compiler.eval.SeqBuilder;
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
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.Comparison;
import raspc.grammar.ast.UnaryOp;

/**
 * The meaning of RASP's operators on values: graph nodes when an s-op or selector is involved
 * (atoms broadcast to constant s-ops), Python semantics on atoms, lists and dicts otherwise.
 * Node names follow the original's ("( a + b )", "I(x)", ...).
 */
public final class Ops {
    private Ops() {}

    public static Node node(Value v) {
        if (v instanceof SopVal s) {
            return s.node();
        }
        return v instanceof SelVal s ? s.node() : null;
    }

    static String name(Value v) {
        Node n = node(v);
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
                return zip(new ElementFns.Binary(and ? PyOps.Bin.AND : PyOps.Bin.OR), l, r,
                        "( " + name(l) + " " + op.symbol() + " " + name(r) + ")");
            }
            boolean lt = Value.truthy(l);
            return and ? (lt ? r : l) : (lt ? l : r);
        }
        if (sel) {
            throw new RaspError("Cannot apply " + op.symbol() + " to selector(s)");
        }
        PyOps.Bin bin = bin(op);
        if (seq) {
            return zip(new ElementFns.Binary(bin), l, r, "( " + name(l) + " " + op.symbol() + " " + name(r) + " )");
        }
        if (l instanceof Atom a && r instanceof Atom b) {
            SeqBuilder out = new SeqBuilder(1);
            PyOps.binary(bin, a.kind(), a.num(), a.str(), b.kind(), b.num(), b.str(), out, 0);
            return new Atom(out.kind(0), out.num(0), out.str(0));
        }
        return containers(bin, l, r);
    }

    private static PyOps.Bin bin(BinaryOp op) {
        return switch (op) {
            case POW -> PyOps.Bin.POW;
            case MUL -> PyOps.Bin.MUL;
            case DIV -> PyOps.Bin.DIV;
            case MOD -> PyOps.Bin.MOD;
            case ADD -> PyOps.Bin.ADD;
            case SUB -> PyOps.Bin.SUB;
            case EQ -> PyOps.Bin.EQ;
            case NE -> PyOps.Bin.NE;
            case LE -> PyOps.Bin.LE;
            case GE -> PyOps.Bin.GE;
            case GT -> PyOps.Bin.GT;
            case LT -> PyOps.Bin.LT;
            case AND -> PyOps.Bin.AND;
            case OR -> PyOps.Bin.OR;
        };
    }

    /** Python's operators where a list, dict, function or applied result is involved. */
    private static Value containers(PyOps.Bin op, Value l, Value r) {
        if (op == PyOps.Bin.EQ) {
            return Atom.ofBool(pyEquals(l, r));
        }
        if (op == PyOps.Bin.NE) {
            return Atom.ofBool(!pyEquals(l, r));
        }
        if (op == PyOps.Bin.ADD && l instanceof ListVal a && r instanceof ListVal b) {
            if ((long) a.items().size() + b.items().size() > Interpreter.MAX_LIST) {
                throw new RaspError("list too long");
            }
            List<Value> out = new ArrayList<>(a.items());
            out.addAll(b.items());
            return new ListVal(out);
        }
        if (op == PyOps.Bin.MUL && (l instanceof ListVal || r instanceof ListVal)) {
            ListVal list = l instanceof ListVal a ? a : (ListVal) r;
            Value times = l instanceof ListVal ? r : l;
            if (times instanceof Atom t && t.isInt()) {
                long count = Math.max(0, (long) t.num());
                if (count * list.items().size() > Interpreter.MAX_LIST) {
                    throw new RaspError("list too long");
                }
                List<Value> out = new ArrayList<>();
                for (long i = 0; i < count; i++) {
                    out.addAll(list.items());
                }
                return new ListVal(out);
            }
            throw new RaspError("can't multiply sequence by non-int of type '" + Value.typeName(times) + "'");
        }
        if (op == PyOps.Bin.ADD && l instanceof ListVal) {
            throw new RaspError("can only concatenate list (not \"" + Value.typeName(r) + "\") to list");
        }
        if (op == PyOps.Bin.LT || op == PyOps.Bin.GT || op == PyOps.Bin.LE || op == PyOps.Bin.GE) {
            throw new RaspError("'" + op.symbol + "' not supported between instances of '" + Value.typeName(l)
                    + "' and '" + Value.typeName(r) + "'");
        }
        throw new RaspError("unsupported operand type(s) for " + op.symbol + ": '" + Value.typeName(l) + "' and '"
                + Value.typeName(r) + "'");
    }

    /** Python ==, deep on lists and dicts, identity on s-ops, selectors and functions. */
    static boolean pyEquals(Value l, Value r) {
        if (l instanceof Atom a && r instanceof Atom b) {
            return a.pyEquals(b);
        }
        if (l instanceof ListVal a && r instanceof ListVal b) {
            if (a.items().size() != b.items().size()) {
                return false;
            }
            for (int i = 0; i < a.items().size(); i++) {
                if (!pyEquals(a.items().get(i), b.items().get(i))) {
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
                if (other == null || !pyEquals(e.getValue(), other)) {
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

    static Value unary(UnaryOp op, Value v) {
        switch (op) {
            case NOT -> {
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(PyOps.Un.NOT), s.node(),
                            "( not " + s.node().name() + " )"));
                }
                if (v instanceof SelVal s) {
                    return new SelVal(new SelNot(s.node()));
                }
                return Atom.ofBool(!Value.truthy(v));
            }
            case INDICATOR -> {
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(PyOps.Un.INDICATOR), s.node(),
                            "I(" + s.node().name() + ")"));
                }
                throw new RaspError("indicator operator expects s-op, got: " + Value.describe(v, 40));
            }
            default -> {
                PyOps.Un un = op == UnaryOp.NEG ? PyOps.Un.NEG : op == UnaryOp.PLUS ? PyOps.Un.POS : PyOps.Un.ROUND;
                if (v instanceof SopVal s) {
                    return new SopVal(new MapNode(new ElementFns.Unary(un), s.node(),
                            "( " + op.symbol() + " " + s.node().name() + " )"));
                }
                if (v instanceof Atom a) {
                    SeqBuilder out = new SeqBuilder(1);
                    PyOps.unary(un, a.kind(), a.num(), a.str(), out, 0);
                    return new Atom(out.kind(0), out.num(0), out.str(0));
                }
                if (un == PyOps.Un.ROUND) {
                    throw new RaspError("type " + Value.typeName(v) + " doesn't define __round__ method");
                }
                throw new RaspError("bad operand type for unary " + op.symbol() + ": '" + Value.typeName(v) + "'");
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
                return new SopVal(new MapNode(new ElementFns.Lookup(target), s.node(),
                        (target instanceof DictVal ? "dict" : stringTarget ? "string" : "list") + "[" + s.node().name() + "]"));
            }
            if (index instanceof Atom a) {
                return Value.index(target, a);
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
                position = new ZipNode(new ElementFns.Binary(PyOps.Bin.ADD),
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
            return new SopVal(new MapNode(new ElementFns.InList(atoms), s.node(), s.node().name() + " in " + cname));
        }
        if (item instanceof Atom a) {
            if (container instanceof ListVal l) {
                for (Value v : l.items()) {
                    if (pyEquals(a, v)) {
                        return Atom.TRUE;
                    }
                }
                return Atom.FALSE;
            }
            if (container instanceof SopVal s) {
                MapNode indicator = new MapNode(new ElementFns.Unary(PyOps.Un.INDICATOR),
                        new ZipNode(new ElementFns.Binary(PyOps.Bin.EQ), List.of(s.node(), new Constant(a)),
                                "( " + s.node().name() + " == " + a + " )"), "s-op");
                Select all = new Select(new Constant(Atom.ofInt(1)), new Constant(Atom.ofInt(1)), Comparison.EQ);
                all.setName("full average");
                Aggregate frac = new Aggregate(all, indicator, null, "s-op");
                return new SopVal(new ZipNode(new ElementFns.Binary(PyOps.Bin.GT),
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
