package raspc.compiler.graph;

import java.util.List;
import raspc.compiler.PyValues;
import raspc.compiler.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.Kind;
import raspc.compiler.eval.PyAtoms;
import raspc.compiler.eval.PyFormat;
import raspc.compiler.eval.Seq;
import raspc.compiler.eval.SeqBuilder;
import raspc.grammar.ast.BinaryOp;
import raspc.grammar.ast.UnaryOp;

/** The element functions RASP programs can build. */
public final class ElementFns {
    private ElementFns() {}

    /** A unary operator (-, +, not, round, indicator, bool). */
    public record Unary(UnaryOp op) implements ElementFn {
        @Override
        public String symbol() {
            return op.symbol();
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq s = a[0];
            PyAtoms.unary(op, s.kind(i), s.word(i), s.str(i), out, i);
        }
    }

    /** A binary operator on two s-ops (atoms are broadcast to constant s-ops first). */
    public record Binary(BinaryOp op) implements ElementFn {
        @Override
        public String symbol() {
            return op.symbol();
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq l = a[0];
            Seq r = a[1];
            PyAtoms.binary(op, l.kind(i), l.word(i), l.str(i), r.kind(i), r.word(i), r.str(i), out, i);
        }
    }

    /** {@code x if c else y} on s-ops: args are (c, x, y). */
    public record Ternary() implements ElementFn {
        @Override
        public String symbol() {
            return "if";
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq c = a[0];
            out.copy(i, PyAtoms.truthy(c.kind(i), c.word(i), c.str(i)) ? a[1] : a[2], i);
        }
    }

    /** {@code sop in [atoms]}: a bool per position. */
    public record InList(List<Value.Atom> items) implements ElementFn {
        public InList {
            items = List.copyOf(items);
        }

        @Override
        public String symbol() {
            return "in";
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq s = a[0];
            boolean found = false;
            for (Value.Atom v : items) {
                // an int past 64 bits has no word, yet may equal a float: compare it as atoms
                boolean equal = v.big() != null && v.big().bitLength() > 63
                        ? PyValues.equal(v, Value.Atom.of(s.kind(i), s.word(i), s.str(i)))
                        : PyAtoms.equal(s.kind(i), s.word(i), s.str(i), v.kind(), v.word(), v.str());
                if (equal) {
                    found = true;
                    break;
                }
            }
            out.putBool(i, found);
        }
    }

    /** {@code container[sop]} for a list, dict or string container: a lookup per position. */
    public record Lookup(Value container) implements ElementFn {
        @Override
        public String symbol() {
            return "lookup";
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq s = a[0];
            Value.Atom key = Value.Atom.of(s.kind(i), s.word(i), s.str(i));
            Value v = PyValues.index(container, key);
            if (!(v instanceof Value.Atom atom)) {
                throw new RaspError("attempted to create sequence with illegal val types "
                        + "(vals must be bool, float, int or string): " + Value.repr(v));
            }
            out.put(i, atom.kind(), atom.word(), atom.str());
        }
    }
}
