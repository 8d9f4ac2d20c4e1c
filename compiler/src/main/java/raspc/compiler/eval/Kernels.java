package raspc.compiler.eval;

import raspc.compiler.seq.Input;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqBuilder;
import raspc.compiler.seq.ArrayKernels;
import raspc.compiler.seq.Element;
import raspc.compiler.graph.Aggregate;
import raspc.compiler.graph.Constant;
import raspc.compiler.graph.Indices;
import raspc.compiler.graph.Length;
import raspc.compiler.graph.MapNode;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelAnd;
import raspc.compiler.graph.SelNot;
import raspc.compiler.graph.SelOr;
import raspc.compiler.graph.Select;
import raspc.compiler.graph.SelectorWidth;
import raspc.compiler.graph.Tokens;
import raspc.compiler.graph.ZipNode;

/**
 * Computes one node from the values of its children (given in {@link Node#children()} order).
 * All loops run over primitive columns; selectors are bit matrices.
 */
public final class Kernels {
    private Kernels() {}

    public static Object compute(Node node, Object[] kids, Input input) {
        int n = input.length();
        if (node instanceof Select s) {
            return ArrayKernels.select((Seq) kids[0], (Seq) kids[1], s.op());
        } else if (node instanceof Aggregate a) {
            return ArrayKernels.aggregate((Sel) kids[0], (Seq) kids[1], a.dflt());
        } else if (node instanceof MapNode m) {
            return elementwise(m.fn(), new Seq[] {(Seq) kids[0]}, n);
        } else if (node instanceof ZipNode z) {
            Seq[] args = new Seq[kids.length];
            for (int i = 0; i < kids.length; i++) {
                args[i] = (Seq) kids[i];
            }
            return elementwise(z.fn(), args, n);
        } else if (node instanceof SelectorWidth) {
            return ArrayKernels.width((Sel) kids[0]);
        } else if (node instanceof SelAnd) {
            return Sel.and((Sel) kids[0], (Sel) kids[1]);
        } else if (node instanceof SelOr) {
            return Sel.or((Sel) kids[0], (Sel) kids[1]);
        } else if (node instanceof SelNot) {
            return Sel.not((Sel) kids[0]);
        } else if (node instanceof Indices) {
            SeqBuilder b = new SeqBuilder(n);
            for (int i = 0; i < n; i++) {
                b.putInt(i, i);
            }
            return b.build();
        } else if (node instanceof Length) {
            SeqBuilder b = new SeqBuilder(n);
            for (int i = 0; i < n; i++) {
                b.putInt(i, n);
            }
            return b.build();
        } else if (node instanceof Constant c) {
            Element v = c.value();
            long w = v.word(); // an int past 64 bits is an overflow here
            SeqBuilder b = new SeqBuilder(n);
            for (int i = 0; i < n; i++) {
                b.put(i, v.kind(), w, v.str());
            }
            return b.build();
        } else if (node instanceof Tokens t) {
            return TokenConversions.convert(t.conversion(), input.values());
        }
        throw new IllegalStateException("unknown node " + node);
    }

    static Seq elementwise(raspc.compiler.graph.ElementFn fn, Seq[] args, int n) {
        SeqBuilder b = new SeqBuilder(n);
        for (int i = 0; i < n; i++) {
            fn.apply(args, i, b);
        }
        return b.build();
    }
}
