package raspc.compiler.plan;

import java.util.List;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SopNode;

/**
 * One attention head of the plan: the selector it implements (its supervision target) and the
 * s-ops computed through it. {@code selector} is null for the head that computes {@code length},
 * which attends to every position.
 */
public record PlannedHead(int layer, int head, SelNode selector, List<SopNode> users, String description) {
    public boolean attendsEverywhere() {
        return selector == null;
    }
}
