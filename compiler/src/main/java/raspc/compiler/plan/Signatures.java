package raspc.compiler.plan;

import java.util.Map;
import raspc.compiler.graph.Constant;
import raspc.compiler.graph.Indices;
import raspc.compiler.graph.Length;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelAnd;
import raspc.compiler.graph.SelNot;
import raspc.compiler.graph.SelOr;
import raspc.compiler.graph.Select;
import raspc.compiler.graph.Tokens;

/**
 * Structural identity of selectors, so that the same selector built twice (e.g. by two calls of
 * a function) counts as one head. Leaves compare by what they are, constants by value, other
 * s-ops by node identity (their functions may capture data we cannot compare), which can only
 * make the plan wider, never wrong.
 */
final class Signatures {
    private Signatures() {}

    static String of(Node n, Map<Node, String> memo) {
        String known = memo.get(n);
        if (known != null) {
            return known;
        }
        String sig;
        if (n instanceof Select s) {
            sig = "select(" + of(s.keys(), memo) + "," + of(s.queries(), memo) + "," + s.op().symbol() + ")";
        } else if (n instanceof SelAnd a) {
            sig = "and(" + of(a.children().get(0), memo) + "," + of(a.children().get(1), memo) + ")";
        } else if (n instanceof SelOr o) {
            sig = "or(" + of(o.children().get(0), memo) + "," + of(o.children().get(1), memo) + ")";
        } else if (n instanceof SelNot x) {
            sig = "not(" + of(x.children().get(0), memo) + ")";
        } else if (n instanceof Tokens t) {
            sig = "tokens_" + t.conversion();
        } else if (n instanceof Indices) {
            sig = "indices";
        } else if (n instanceof Length) {
            sig = "length";
        } else if (n instanceof Constant c) {
            sig = "const(" + c.value().kind() + ":" + c.value() + ")";
        } else {
            sig = "#" + n.id();
        }
        memo.put(n, sig);
        return sig;
    }
}
