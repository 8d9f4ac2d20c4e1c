package raspc.compiler.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one walk over the s-op/selector DAG, for everything that needs its nodes children first:
 * evaluation (memoised or compiled to an order), the layer plan and the flow drawing. Iterative,
 * so deep programs do not overflow the stack.
 */
public final class Traversal {
    private Traversal() {}

    /**
     * Every node reachable from root, each once, sorted by id: a topological order (children
     * have smaller ids than their parents), the root last, independent of child order.
     */
    public static List<Node> topologicalOrder(Node root) {
        List<Node> out = new ArrayList<>(postOrder(root));
        out.sort(Comparator.comparingInt(Node::id));
        return out;
    }

    /** Depth-first post-order from the root, children in their order: each node after its children. */
    public static List<Node> postOrder(Node root) {
        return postOrder(root, n -> false);
    }

    /**
     * Depth-first post-order from the root, not entering the nodes {@code known} accepts (a
     * memo's): each node that is returned comes after every child it needs and that is not known.
     */
    public static List<Node> postOrder(Node root, Predicate<Node> known) {
        List<Node> out = new ArrayList<>();
        if (known.test(root)) {
            return out;
        }
        Map<Node, Boolean> done = new IdentityHashMap<>();
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(root));
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            List<Node> kids = top.node.children();
            if (top.next < kids.size()) {
                Node kid = kids.get(top.next++);
                if (!done.containsKey(kid) && !known.test(kid)) {
                    stack.add(new Frame(kid));
                }
            } else {
                stack.remove(stack.size() - 1);
                if (done.putIfAbsent(top.node, true) == null) {
                    out.add(top.node);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A node on the walk's stack and the index of its next child to visit. */
    private static final class Frame {
        final Node node;
        int next;

        Frame(Node node) {
            this.node = node;
        }
    }
}
