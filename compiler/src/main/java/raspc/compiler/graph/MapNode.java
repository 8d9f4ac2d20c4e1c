package raspc.compiler.graph;

import java.util.List;

/** An elementwise function of one s-op (feed-forward). */
public final class MapNode extends SopBase implements SopNode {
    private final ElementFn fn;
    private final SopNode arg;

    public MapNode(ElementFn fn, SopNode arg, String name) {
        super(name);
        this.fn = fn;
        this.arg = arg;
    }

    public ElementFn fn() {
        return fn;
    }

    public SopNode arg() {
        return arg;
    }

    @Override
    public List<Node> children() {
        return List.of(arg);
    }
}
