package raspc.compiler.graph;

/** The elementwise and of two selectors. */
public final class SelAnd extends SelPair implements SelNode {
    public SelAnd(SelNode left, SelNode right) {
        super(left, right);
    }
}
