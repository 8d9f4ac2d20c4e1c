package raspc.compiler.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.graph.Node;

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
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.peek();
            if (memo.containsKey(n)) {
                stack.pop();
                continue;
            }
            List<Node> kids = n.children();
            boolean ready = true;
            for (Node c : kids) {
                if (!memo.containsKey(c)) {
                    stack.push(c);
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            stack.pop();
            Object[] vals = new Object[kids.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = memo.get(kids.get(i));
            }
            memo.put(n, Kernels.compute(n, vals, input));
        }
        return memo.get(root);
    }
}
