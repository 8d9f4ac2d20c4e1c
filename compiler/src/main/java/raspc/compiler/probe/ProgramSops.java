package raspc.compiler.probe;

import raspc.compiler.value.Inputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import raspc.compiler.graph.Traversal;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Seq;
import raspc.compiler.graph.Constant;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SopNode;
import raspc.compiler.plan.LayerPlan;
import raspc.compiler.plan.PlannedHead;
import raspc.compiler.task.TaskVariant;

/**
 * The s-ops a probe can look for in a trained model: every named s-op of a task's program (what
 * the reference evaluator computes on the way to the output), and any s-ops a user adds. Each comes
 * with the residual-stream stage where the plan says the matched transformer has it (0: after the
 * embedding; l + 1: after layer l), so that a probe's answer can be set beside the plan's.
 */
public final class ProgramSops {
    /** An identifier as a RASP assignment names it; auto-named nodes ("s-op", "selector_width(x)") are not probed. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One probe target.
     *
     * @param categorical strings and bools: probed by classification; ints and floats by regression
     * @param plannedStage where the plan computes it; -1 for a user's s-op outside the program
     */
    public record Sop(String name, SopNode node, boolean categorical, int plannedStage) {}

    /**
     * An s-op's value on one input, one entry per task position (BOS not included).
     *
     * @param labels the values as the REPL prints them (for categorical s-ops)
     * @param numbers the values as numbers (NaN where one is not a number)
     */
    public record Column(Sop sop, String[] labels, double[] numbers) {}

    private final List<Sop> sops;
    private final boolean programSeesBos;
    private final String bos;

    private ProgramSops(List<Sop> sops, boolean programSeesBos, String bos) {
        this.sops = List.copyOf(sops);
        this.programSeesBos = programSeesBos;
        this.bos = bos;
    }

    /** The named s-ops of a variant's program; their types are read off a run on {@code example} (input without BOS). */
    public static ProgramSops of(TaskVariant variant, List<String> example) {
        SopNode program = variant.program();
        LayerPlan plan = LayerPlan.of(program);
        Map<String, SopNode> named = new LinkedHashMap<>();
        List<Node> nodes = Traversal.topologicalOrder(program);
        for (Node n : nodes) {
            // a name given twice (x = ...; x = f(x);) names the later node, as the program reads it
            if (n instanceof SopNode s && !(n instanceof Constant) && NAME.matcher(n.name()).matches()) {
                named.put(n.name(), s);
            }
        }
        ProgramSops empty = new ProgramSops(List.of(), variant.programSeesBos(), variant.definition().bos());
        List<Sop> sops = new ArrayList<>();
        for (Map.Entry<String, SopNode> e : named.entrySet()) {
            sops.add(empty.typed(e.getKey(), e.getValue(), plannedStage(plan, e.getValue()), example));
        }
        return new ProgramSops(sops, variant.programSeesBos(), variant.definition().bos());
    }

    /** These s-ops and {@code extra} (a user's, named {@code name}), which the plan does not place. */
    public ProgramSops with(String name, SopNode extra, List<String> example) {
        List<Sop> all = new ArrayList<>(sops);
        all.removeIf(s -> s.name().equals(name));
        all.add(typed(name, extra, -1, example));
        return new ProgramSops(all, programSeesBos, bos);
    }

    public List<Sop> sops() {
        return sops;
    }

    /** Every s-op's value on {@code input} (the task's input, without BOS), aligned with it. */
    public List<Column> values(List<String> input) {
        List<String> programInput = new ArrayList<>();
        if (programSeesBos) {
            programInput.add(bos); // a bos_output program runs on the BOS-prefixed input
        }
        programInput.addAll(input);
        GraphEvaluator evaluator = new GraphEvaluator(Inputs.of(atoms(programInput)));
        int offset = programSeesBos ? 1 : 0;
        List<Column> out = new ArrayList<>(sops.size());
        for (Sop sop : sops) {
            Seq seq = (Seq) evaluator.evaluate(sop.node());
            String[] labels = new String[input.size()];
            double[] numbers = new double[input.size()];
            for (int i = 0; i < input.size(); i++) {
                int p = i + offset;
                labels[i] = PyFormat.str(seq.kind(p), seq.word(p), seq.str(p));
                numbers[i] = seq.str(p) == null ? seq.toDouble(p) : Double.NaN;
            }
            out.add(new Column(sop, labels, numbers));
        }
        return out;
    }

    private Sop typed(String name, SopNode node, int stage, List<String> example) {
        List<String> programInput = new ArrayList<>();
        if (programSeesBos) {
            programInput.add(bos);
        }
        programInput.addAll(example);
        Seq seq = (Seq) new GraphEvaluator(Inputs.of(atoms(programInput))).evaluate(node);
        return new Sop(name, node, !seq.type().numeric(), stage);
    }

    /**
     * The stage after which the matched transformer holds {@code node}: an attention operation of
     * layer l is there after layer l (stage l + 1); elementwise work after attention layer d runs
     * in the feed-forward block of layer d - 1 (stage d), and one on the embedding alone in layer
     * 0's (stage 1); tokens and indices are the embedding (stage 0).
     */
    static int plannedStage(LayerPlan plan, SopNode node) {
        for (PlannedHead h : plan.heads()) {
            if (h.users().stream().anyMatch(u -> u == node)) {
                return h.layer() + 1;
            }
        }
        for (int d = 0; d <= plan.layerCount(); d++) {
            if (plan.mlpAfter(d).stream().anyMatch(u -> u == node)) {
                return Math.max(d, 1);
            }
        }
        return 0;
    }

    private static raspc.compiler.value.Value atoms(List<String> tokens) {
        List<raspc.compiler.value.Value> items = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            items.add(raspc.compiler.value.Value.Atom.ofStr(t));
        }
        return new raspc.compiler.value.Value.ListVal(items);
    }
}
