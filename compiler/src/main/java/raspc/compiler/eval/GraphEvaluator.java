package raspc.compiler.eval;

import raspc.compiler.seq.Input;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.Traversal;

/**
 * Evaluates nodes on one fixed input, remembering every node's value, so that the REPL's
 * statement-by-statement checks only compute what is new. Iterative (no recursion), so
 * arbitrarily deep graphs are fine.
 */
public final class GraphEvaluator {
    private static final int MAX_MEMO = 200_000;
    private final Input input;
    private final Map<Node, Object> memo = new IdentityHashMap<>();

    public GraphEvaluator(Input input) {
        this.input = input;
    }

    public Input input() {
        return input;
    }

    public Object evaluate(Node root) {
        Object known = memo.get(root);
        if (known != null) {
            return known;
        }
        if (memo.size() > MAX_MEMO) {
            memo.clear();
        }
        for (Node n : Traversal.postOrder(root, memo::containsKey)) {
            List<Node> kids = n.children();
            Object[] vals = new Object[kids.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = memo.get(kids.get(i));
            }
            memo.put(n, Kernels.compute(n, vals, input));
        }
        return memo.get(root);
    }
}
