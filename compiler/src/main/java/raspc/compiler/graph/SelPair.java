package raspc.compiler.graph;

import java.util.List;

/** A selector made from two selectors elementwise ({@link SelAnd}, {@link SelOr}). */
abstract class SelPair extends SelBase {
    private final SelNode left;
    private final SelNode right;

    SelPair(SelNode left, SelNode right) {
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

    public List<Node> children() {
        return List.of(left, right);
    }
}
