package raspc.repl;

import java.util.List;
import java.util.stream.Collectors;
import raspc.compiler.graph.SopNode;
import raspc.compiler.plan.LayerPlan;
import raspc.compiler.plan.PlannedHead;

/** The plan as printed by {@code raspc plan}. */
final class PlanText {
    private PlanText() {}

    static String render(String name, LayerPlan plan) {
        StringBuilder b = new StringBuilder();
        b.append(name).append(": ").append(plan.layerCount()).append(plural(plan.layerCount(), " layer"))
                .append(", ").append(plan.maxHeads()).append(plural(plan.maxHeads(), " head"))
                .append(" (the widest layer)\n");
        appendMlp(b, plan.mlpAfter(0), "  before layer 0, MLP: ");
        for (List<PlannedHead> layer : plan.layers()) {
            int l = layer.get(0).layer();
            b.append("layer ").append(l).append(": ").append(layer.size()).append(plural(layer.size(), " head")).append('\n');
            for (PlannedHead h : layer) {
                b.append("  head ").append(h.head()).append(": ").append(h.description()).append('\n');
                b.append("          computes ").append(names(h.users())).append('\n');
            }
            appendMlp(b, plan.mlpAfter(l + 1), "  MLP: ");
        }
        return b.toString();
    }

    private static void appendMlp(StringBuilder b, List<SopNode> ops, String prefix) {
        if (!ops.isEmpty()) {
            b.append(prefix).append(names(ops)).append('\n');
        }
    }

    private static String names(List<SopNode> nodes) {
        return nodes.stream().map(SopNode::name).distinct().collect(Collectors.joining(", "));
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
