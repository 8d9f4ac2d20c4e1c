package raspc.compiler.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.graph.Aggregate;
import raspc.compiler.graph.Length;
import raspc.compiler.graph.MapNode;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SelectorWidth;
import raspc.compiler.graph.SopNode;
import raspc.compiler.graph.Traversal;
import raspc.compiler.graph.ZipNode;

/**
 * The transformer shape a RASP program predicts. Every attention operation (an aggregate, a
 * selector_width, and length, which averages over all positions) is placed in the layer given by
 * the longest chain of attention operations below it; the heads of a layer are the distinct
 * selectors used there; elementwise operations are feed-forward (MLP) work after the layer
 * that produced their inputs.
 */
public final class LayerPlan {
    private final List<List<PlannedHead>> layers;
    private final List<List<SopNode>> mlp;

    private LayerPlan(List<List<PlannedHead>> layers, List<List<SopNode>> mlp) {
        this.layers = layers;
        this.mlp = mlp;
    }

    public static LayerPlan of(SopNode root) {
        List<Node> nodes = Traversal.topologicalOrder(root);
        Map<Node, Integer> depth = new IdentityHashMap<>();
        for (Node n : nodes) {
            depth.put(n, depthOf(n, depth));
        }
        int layerCount = depth.get(root);
        List<Map<String, HeadBuilder>> byLayer = new ArrayList<>();
        List<List<SopNode>> mlp = new ArrayList<>();
        for (int i = 0; i <= layerCount; i++) {
            byLayer.add(new LinkedHashMap<>());
            mlp.add(new ArrayList<>());
        }
        Map<Node, String> signatures = new IdentityHashMap<>();
        for (Node n : Traversal.postOrder(root)) {
            int d = depth.get(n);
            if (isAttention(n)) {
                SelNode sel = selectorOf(n);
                String key = sel == null ? "<everywhere>" : Signatures.of(sel, signatures);
                byLayer.get(d - 1).computeIfAbsent(key, k -> new HeadBuilder(sel)).users.add((SopNode) n);
            } else if (n instanceof MapNode || n instanceof ZipNode) {
                mlp.get(d).add((SopNode) n);
            }
        }
        List<List<PlannedHead>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            List<PlannedHead> heads = new ArrayList<>();
            int h = 0;
            for (HeadBuilder b : byLayer.get(l).values()) {
                heads.add(new PlannedHead(l, h++, b.selector, List.copyOf(b.users), NodeText.describeHead(b.selector)));
            }
            layers.add(List.copyOf(heads));
        }
        List<List<SopNode>> mlpLayers = new ArrayList<>();
        for (List<SopNode> m : mlp) {
            mlpLayers.add(List.copyOf(m));
        }
        return new LayerPlan(List.copyOf(layers), List.copyOf(mlpLayers));
    }

    /** Number of attention layers. */
    public int layerCount() {
        return layers.size();
    }

    /** Heads of the widest layer: the head count of a uniform transformer that fits the plan. */
    public int maxHeads() {
        int max = 0;
        for (List<PlannedHead> l : layers) {
            max = Math.max(max, l.size());
        }
        return max;
    }

    public List<List<PlannedHead>> layers() {
        return layers;
    }

    public List<PlannedHead> heads() {
        List<PlannedHead> all = new ArrayList<>();
        layers.forEach(all::addAll);
        return all;
    }

    /** Elementwise s-ops computed after attention layer {@code l} (index 0 = before any attention). */
    public List<SopNode> mlpAfter(int l) {
        return mlp.get(l);
    }

    private static final class HeadBuilder {
        final SelNode selector;
        final List<SopNode> users = new ArrayList<>();

        HeadBuilder(SelNode selector) {
            this.selector = selector;
        }
    }

    static boolean isAttention(Node n) {
        return n instanceof Aggregate || n instanceof SelectorWidth || n instanceof Length;
    }

    private static SelNode selectorOf(Node n) {
        if (n instanceof Aggregate a) {
            return a.selector();
        }
        if (n instanceof SelectorWidth w) {
            return w.selector();
        }
        return null; // length attends to every position
    }

    private static int depthOf(Node n, Map<Node, Integer> depth) {
        if (n instanceof Length) {
            return 1;
        }
        int max = 0;
        for (Node c : n.children()) {
            max = Math.max(max, depth.get(c));
        }
        return n instanceof Aggregate || n instanceof SelectorWidth ? max + 1 : max;
    }
}
