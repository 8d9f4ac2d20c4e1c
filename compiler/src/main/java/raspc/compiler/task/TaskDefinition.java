package raspc.compiler.task;

import java.util.List;
import raspc.compiler.graph.SopNode;
import raspc.grammar.ast.Pos;

/**
 * A base task as declared by {@code task NAME { ... }}: the s-op to learn and how inputs are drawn.
 * Variants (alphabet size, BOS, attention targets) are made by {@link TaskVariant}.
 *
 * @param alphabetSizes  sizes A of the standard alphabet giving variants NAME_A (empty: none)
 * @param fixedAlphabet  the alphabet when the task has no size variants (null otherwise)
 * @param bosOutput      the program for BOS variants, run on BOS-prefixed inputs (null: the
 *                       plain program, with BOS prepended to its output)
 * @param outputs        the output classes (null: the alphabet plus BOS)
 * @param generator      "uniform", "dyck" or a RASP function name (see {@link GeneratorSpec})
 */
public record TaskDefinition(
        String name,
        String source,
        Pos pos,
        SopNode output,
        SopNode bosOutput,
        List<Integer> alphabetSizes,
        List<String> fixedAlphabet,
        int minLength,
        int maxLength,
        String bos,
        GeneratorSpec generator,
        List<String> outputs,
        int trainSize,
        int validSize,
        int testSize,
        long seed) {

    public static final String DEFAULT_BOS = "§";
    public static final int DEFAULT_TRAIN = 50_000;
    public static final int DEFAULT_VALID = 1_000;
    public static final int DEFAULT_TEST = 1_000;

    /** The task name a file stands for when only the file is given: NAME_26 when it exists. */
    public String defaultVariantName() {
        if (alphabetSizes.isEmpty()) {
            return name;
        }
        return name + "_" + (alphabetSizes.contains(26) ? 26 : alphabetSizes.get(0));
    }

    /** Its names in words: {@code reverse_10, reverse_26, each also _bos and _with_attns}. */
    public String variantsText() {
        if (alphabetSizes.isEmpty()) {
            return name + ", " + name + "_bos, ..._with_attns";
        }
        List<String> names = new java.util.ArrayList<>();
        alphabetSizes.forEach(a -> names.add(name + "_" + a));
        return String.join(", ", names) + ", each also _bos and _with_attns";
    }

    /** The same task with some settings replaced (null keeps the declared value). */
    public TaskDefinition with(TaskOptions o) {
        int max = o.maxLength() != null ? o.maxLength() : maxLength;
        int min = Math.min(minLength, max);
        return new TaskDefinition(name, source, pos, output, bosOutput, alphabetSizes, fixedAlphabet, min, max, bos,
                generator, outputs, o.train() != null ? o.train() : trainSize, o.valid() != null ? o.valid() : validSize,
                o.test() != null ? o.test() : testSize, o.seed() != null ? o.seed() : seed);
    }
}
