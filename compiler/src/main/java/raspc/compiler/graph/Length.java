package raspc.compiler.graph;

import java.util.List;

/**
 * The input length at every position. A native node kind (the original builds it from an
 * aggregate); the layer planner counts it as one attention head.
 */
public final class Length extends SopBase implements SopNode {
    public Length() {
        super("length");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
