package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.graph.SopNode;

/**
 * A concrete task name such as {@code sort_10_bos_with_attns}: a base task with one alphabet,
 * with or without BOS, with or without attention targets.
 */
public record TaskVariant(String name, TaskDefinition definition, List<String> alphabet, Integer alphabetSize,
                          boolean bos, boolean withAttns) {

    /** The program whose output (and selectors) define this variant's targets. */
    public SopNode program() {
        return bos && definition.bosOutput() != null ? definition.bosOutput() : definition.output();
    }

    /** True when the program itself runs on BOS-prefixed inputs (a bos_output was declared). */
    public boolean programSeesBos() {
        return bos && definition.bosOutput() != null;
    }

    public List<String> inputVocab() {
        List<String> v = new ArrayList<>(alphabet);
        if (bos && !v.contains(definition.bos())) {
            v.add(definition.bos());
        }
        return List.copyOf(v);
    }

    public List<String> outputVocab() {
        List<String> v = new ArrayList<>(definition.outputs() != null ? definition.outputs() : alphabet);
        if ((bos || definition.outputs() == null) && !v.contains(definition.bos())) {
            v.add(definition.bos());
        }
        return List.copyOf(v);
    }

    /** Inputs are shared by all variants with the same base and alphabet (with or without BOS/attention). */
    String inputStreamKey() {
        return definition.name() + "/" + (alphabetSize == null ? "fixed" : alphabetSize);
    }
}
