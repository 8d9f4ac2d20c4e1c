package raspc.compiler.graph;

import java.util.List;

/** The positions 0..n-1. */
public final class Indices extends SopBase implements SopNode {
    public Indices() {
        super("indices");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
