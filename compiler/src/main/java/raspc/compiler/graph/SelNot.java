package raspc.compiler.graph;

import java.util.List;

/** The elementwise negation of a selector. */
public final class SelNot extends SelBase implements SelNode {
    private final SelNode operand;

    public SelNot(SelNode operand) {
        super("plain select");
        this.operand = operand;
    }

    public SelNode operand() {
        return operand;
    }

    @Override
    public List<Node> children() {
        return List.of(operand);
    }
}
