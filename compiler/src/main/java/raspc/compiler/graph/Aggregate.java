package raspc.compiler.graph;

import java.util.List;
import raspc.compiler.seq.Element;

/**
 * aggregate(sel, sop[, default]): per query, the single selected value as is, the mean of
 * several (numbers only), or the default (0 when absent) when none is selected.
 */
public final class Aggregate extends SopBase implements SopNode {
    private final SelNode selector;
    private final SopNode sop;
    private final Element dflt;

    public Aggregate(SelNode selector, SopNode sop, Element dflt, String name) {
        super(name);
        this.selector = selector;
        this.sop = sop;
        this.dflt = dflt;
    }

    public SelNode selector() {
        return selector;
    }

    public SopNode sop() {
        return sop;
    }

    /** The default; null means the original's default of int 0. */
    public Element dflt() {
        return dflt;
    }

    @Override
    public List<Node> children() {
        return List.of(selector, sop);
    }
}
