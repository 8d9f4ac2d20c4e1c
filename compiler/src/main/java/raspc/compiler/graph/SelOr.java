package raspc.compiler.graph;

/** The elementwise or of two selectors. */
public final class SelOr extends SelPair implements SelNode {
    public SelOr(SelNode left, SelNode right) {
        super(left, right);
    }
}
