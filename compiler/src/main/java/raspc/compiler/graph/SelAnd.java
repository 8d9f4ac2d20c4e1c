package raspc.compiler.graph;

import java.util.List;

/** The elementwise and of two selectors. */
public final class SelAnd extends SelBase implements SelNode {
    private final SelNode left;
    private final SelNode right;

    public SelAnd(SelNode left, SelNode right) {
        super("plain select");
        this.left = left;
        this.right = right;
    }

    public SelNode left() {
        return left;
    }

    public SelNode right() {
        return right;
    }

    @Override
    public List<Node> children() {
        return List.of(left, right);
    }
}
