package raspc.compiler.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.plan.LayerPlan;
import raspc.compiler.plan.PlannedHead;

/**
 * Labels an input with the task's program: the target tokens, and for {@code _with_attns} variants
 * the pattern of every planned head, read off the program's own selectors on that input.
 *
 * <p>BOS conventions of the original experiments: in {@code _bos} variants the output at BOS is
 * BOS, the BOS row attends only to itself, and a row that selects nothing selects BOS. A
 * variant whose task has no {@code bos_output} program runs the plain program on the input
 * without BOS and shifts its patterns one position to make room for BOS.
 */
public final class SequenceLabeler {
    private final TaskVariant variant;
    private final LayerPlan plan;
    private final Set<String> outputs;

    public SequenceLabeler(TaskVariant variant, LayerPlan plan) {
        this.variant = variant;
        this.plan = plan;
        this.outputs = new HashSet<>(variant.outputVocab());
    }

    public LayerPlan plan() {
        return plan;
    }

    /** @param input the input without BOS */
    public Sample label(List<String> input) {
        String bos = variant.definition().bos();
        List<String> programInput = new ArrayList<>();
        if (variant.programSeesBos()) {
            programInput.add(bos);
        }
        programInput.addAll(input);
        GraphEvaluator evaluator = new GraphEvaluator(Inputs.of(asList(programInput)));
        Seq out = (Seq) evaluator.evaluate(variant.program());
        List<String> target = new ArrayList<>();
        if (variant.bos() && !variant.programSeesBos()) {
            target.add(bos);
        }
        for (int i = 0; i < out.length(); i++) {
            target.add(PyFormat.str(out.kind(i), out.word(i), out.str(i)));
        }
        if (variant.programSeesBos()) {
            target.set(0, bos);
        }
        check(input, target);
        List<String> fullInput = new ArrayList<>(input);
        if (variant.bos()) {
            fullInput.add(0, bos);
        }
        List<HeadTarget> heads = variant.withAttns() ? attention(evaluator, programInput.size()) : List.of();
        return new Sample(fullInput, target, heads);
    }

    private List<HeadTarget> attention(GraphEvaluator evaluator, int n) {
        List<HeadTarget> heads = new ArrayList<>();
        for (PlannedHead h : plan.heads()) {
            boolean[][] m = h.attendsEverywhere() ? everywhere(n) : ((Sel) evaluator.evaluate(h.selector())).toMatrix();
            if (variant.bos()) {
                m = variant.programSeesBos() ? m : shiftForBos(m);
                applyBosConventions(m);
            }
            heads.add(new HeadTarget(h.layer(), h.head(), m));
        }
        return heads;
    }

    private static boolean[][] everywhere(int n) {
        boolean[][] m = new boolean[n][n];
        for (boolean[] row : m) {
            java.util.Arrays.fill(row, true);
        }
        return m;
    }

    private static boolean[][] shiftForBos(boolean[][] m) {
        int n = m.length + 1;
        boolean[][] out = new boolean[n][n];
        for (int q = 1; q < n; q++) {
            System.arraycopy(m[q - 1], 0, out[q], 1, n - 1);
        }
        return out;
    }

    static void applyBosConventions(boolean[][] m) {
        java.util.Arrays.fill(m[0], false);
        m[0][0] = true;
        for (int q = 1; q < m.length; q++) {
            boolean any = false;
            for (boolean b : m[q]) {
                any |= b;
            }
            if (!any) {
                m[q][0] = true;
            }
        }
    }

    private void check(List<String> input, List<String> target) {
        for (int i = 0; i < target.size(); i++) {
            if (!outputs.contains(target.get(i))) {
                throw new RaspError(variant.definition().source(), variant.definition().pos(),
                        "task " + variant.name() + ": the program's output '" + target.get(i) + "' at position " + i
                                + " on input \"" + String.join("", input) + "\" is not one of the task's outputs "
                                + variant.outputVocab() + " (declare them with 'outputs = [...];')");
            }
        }
    }

    static Value.ListVal asList(List<String> tokens) {
        List<Value> items = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            items.add(Value.Atom.ofStr(t));
        }
        return new Value.ListVal(items);
    }
}
