package raspc.compiler.eval;

import raspc.compiler.seq.Input;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.Traversal;

/**
 * A compiled evaluation order for everything reachable from one node: the nodes sorted by id
 * (a topological order) with each node's children as slot indices. Evaluating runs every node
 * exactly once into a memo array. Build once, evaluate on many inputs; thread-safe.
 */
public final class EvaluationOrder {
    private final Node[] order;
    private final int[][] childSlots;
    private final Map<Node, Integer> slots;

    private EvaluationOrder(Node root) {
        order = Traversal.topologicalOrder(root).toArray(new Node[0]);
        slots = new IdentityHashMap<>();
        for (int i = 0; i < order.length; i++) {
            slots.put(order[i], i);
        }
        childSlots = new int[order.length][];
        for (int i = 0; i < order.length; i++) {
            List<Node> kids = order[i].children();
            int[] s = new int[kids.size()];
            for (int j = 0; j < s.length; j++) {
                s[j] = slots.get(kids.get(j));
            }
            childSlots[i] = s;
        }
    }

    public static EvaluationOrder of(Node root) {
        return new EvaluationOrder(root);
    }

    /** The nodes in evaluation order (the root is last). */
    public List<Node> nodes() {
        return List.of(order);
    }

    public Node root() {
        return order[order.length - 1];
    }

    /** Evaluates every node on the input; returns the root's value (a {@link Seq} or {@link Sel}). */
    public Object evaluate(Input input) {
        Object[] memo = run(input);
        return memo[memo.length - 1];
    }

    /** Evaluates every node on the input and returns all their values. */
    public Trace trace(Input input) {
        return new Trace(this, run(input));
    }

    int slot(Node n) {
        Integer s = slots.get(n);
        return s == null ? -1 : s;
    }

    private Object[] run(Input input) {
        Object[] memo = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            int[] cs = childSlots[i];
            Object[] kids = new Object[cs.length];
            for (int j = 0; j < cs.length; j++) {
                kids[j] = memo[cs[j]];
            }
            memo[i] = Kernels.compute(order[i], kids, input);
        }
        return memo;
    }
}
