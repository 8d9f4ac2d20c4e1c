package raspc.compiler.eval;

import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import java.util.List;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SopNode;

/** The value of every node reachable from a root on one input: sequences and selector matrices. */
public final class Trace {
    private final EvaluationOrder order;
    private final Object[] values;

    Trace(EvaluationOrder order, Object[] values) {
        this.order = order;
        this.values = values;
    }

    /** The nodes, in evaluation (topological) order. */
    public List<Node> nodes() {
        return order.nodes();
    }

    public Seq seq(SopNode node) {
        return (Seq) value(node);
    }

    public Sel sel(SelNode node) {
        return (Sel) value(node);
    }

    /** A {@link Seq} or a {@link Sel}. */
    public Object value(Node node) {
        int s = order.slot(node);
        if (s < 0) {
            throw new IllegalArgumentException("node not in this trace: " + node);
        }
        return values[s];
    }

    public Seq rootSeq() {
        return (Seq) values[values.length - 1];
    }
}
