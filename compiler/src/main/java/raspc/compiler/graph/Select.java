package raspc.compiler.graph;

import java.util.List;
import raspc.grammar.ast.Comparison;

/** select(keys, queries, op): (q, k) is selected when {@code op(keys[k], queries[q])}. */
public final class Select extends SelBase implements SelNode {
    private final SopNode keys;
    private final SopNode queries;
    private final Comparison op;

    public Select(SopNode keys, SopNode queries, Comparison op) {
        super("plain select");
        this.keys = keys;
        this.queries = queries;
        this.op = op;
    }

    public SopNode keys() {
        return keys;
    }

    public SopNode queries() {
        return queries;
    }

    public Comparison op() {
        return op;
    }

    @Override
    public List<Node> children() {
        return List.of(keys, queries);
    }
}
