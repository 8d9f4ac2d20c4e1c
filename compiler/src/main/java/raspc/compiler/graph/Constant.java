package raspc.compiler.graph;

import java.util.List;
import raspc.compiler.Value;

/** An atom broadcast to every position. */
public final class Constant extends SopBase implements SopNode {
    private final Value.Atom value;

    public Constant(Value.Atom value) {
        super(value.toString());
        this.value = value;
    }

    public Value.Atom value() {
        return value;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
