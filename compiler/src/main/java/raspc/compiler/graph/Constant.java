package raspc.compiler.graph;

import java.util.List;
import raspc.compiler.seq.Element;

/** An atom broadcast to every position. */
public final class Constant extends SopBase implements SopNode {
    private final Element value;

    public Constant(Element value) {
        super(value.toString());
        this.value = value;
    }

    public Element value() {
        return value;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
