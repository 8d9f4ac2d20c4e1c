package raspc.compiler.graph;

import java.util.List;

/** An elementwise function of several s-ops (feed-forward), e.g. {@code a + b} or {@code x if c else y}. */
public final class ZipNode extends SopBase implements SopNode {
    private final ElementFn fn;
    private final List<SopNode> args;

    public ZipNode(ElementFn fn, List<SopNode> args, String name) {
        super(name);
        this.fn = fn;
        this.args = List.copyOf(args);
    }

    public ElementFn fn() {
        return fn;
    }

    public List<SopNode> args() {
        return args;
    }

    @Override
    public List<Node> children() {
        return List.copyOf(args);
    }
}
