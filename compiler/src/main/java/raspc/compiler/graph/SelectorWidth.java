package raspc.compiler.graph;

import java.util.List;

/**
 * selector_width(sel): the number of selected keys per query. A native node kind (the original
 * builds it from two aggregates); the layer planner counts it as one attention head.
 */
public final class SelectorWidth extends SopBase implements SopNode {
    private final SelNode selector;

    public SelectorWidth(SelNode selector, String name) {
        super(name);
        this.selector = selector;
    }

    public SelNode selector() {
        return selector;
    }

    @Override
    public List<Node> children() {
        return List.of(selector);
    }
}
