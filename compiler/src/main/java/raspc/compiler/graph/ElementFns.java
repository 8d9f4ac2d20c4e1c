package raspc.compiler.graph;

import raspc.compiler.seq.PyAtoms;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqBuilder;
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
}
