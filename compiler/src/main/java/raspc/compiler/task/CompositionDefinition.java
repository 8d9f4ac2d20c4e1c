package raspc.compiler.task;

import java.util.List;
import raspc.grammar.ast.Pos;

/**
 * A function-composition study as declared by {@code composition NAME { ... }} (Ramesh et al.,
 * ICML 2024): inputs of {@code inputLength} tokens over {@code alphabetSize} data tokens, and
 * {@code levels} levels of functions, each the identity plus {@code bijections} seeded random
 * bijections of the alphabet (level 0 optionally seeded permutations of the positions; optionally
 * one function set shared by every level), and optionally RASP programs of the file as further
 * functions of every level ({@link CompositionProgram}). Variants ({@link CompositionNames}) choose the split
 * strategy, its number of compositions and the prompt format.
 *
 * @param trainDocuments training documents (the reference: 100,000)
 * @param validDocuments documents of the validation split (training compositions) and of the test
 *     split (all in-order compositions), scored teacher-forced every round
 * @param evalPerComposition documents per composition in the generation evaluation (reference: 100)
 * @param outOfOrderPerBucket out-of-order compositions evaluated per (identities, displaced)
 *     bucket, for out-of-order variants (the reference samples up to 500)
 * @param counts the numbers of training compositions listed as named variants (any number can
 *     be named)
 * @param seed seed of the functions, of the split's compositions and of every document
 */
public record CompositionDefinition(
        String name,
        String source,
        Pos pos,
        int alphabetSize,
        int inputLength,
        int levels,
        int bijections,
        boolean permuteFirstLevel,
        boolean sharedFunctions,
        int trainDocuments,
        int validDocuments,
        int evalPerComposition,
        int outOfOrderPerBucket,
        List<Integer> counts,
        long seed,
        List<CompositionProgram> programs) {

    /** A study of bijections only (no programs of the file among the functions). */
    public CompositionDefinition(String name, String source, Pos pos, int alphabetSize, int inputLength, int levels,
            int bijections, boolean permuteFirstLevel, boolean sharedFunctions, int trainDocuments, int validDocuments,
            int evalPerComposition, int outOfOrderPerBucket, List<Integer> counts, long seed) {
        this(name, source, pos, alphabetSize, inputLength, levels, bijections, permuteFirstLevel, sharedFunctions,
                trainDocuments, validDocuments, evalPerComposition, outOfOrderPerBucket, counts, seed, List.of());
    }

    public static final int DEFAULT_ALPHABET = 10;
    public static final int DEFAULT_LENGTH = 6;
    public static final int DEFAULT_LEVELS = 5;
    public static final int DEFAULT_BIJECTIONS = 3;
    public static final int DEFAULT_TRAIN = 100_000;
    public static final int DEFAULT_VALID = 1_000;
    public static final int DEFAULT_EVAL = 100;
    public static final int DEFAULT_OUT_OF_ORDER = 20;
    public static final List<Integer> DEFAULT_COUNTS = List.of(2, 5, 10, 25, 50, 100);

    public CompositionDefinition {
        counts = List.copyOf(counts);
        programs = List.copyOf(programs);
    }

    /** Functions per level: the identity, the bijections, then the programs. */
    public int functionsPerLevel() {
        return 1 + nonIdentity();
    }

    /** The functions of a level other than its identity: indices 1 .. nonIdentity(). */
    public int nonIdentity() {
        return bijections + programs.size();
    }

    /** The program at function index {@code index} (past the bijections), or null for the identity or a bijection. */
    public CompositionProgram program(int index) {
        return index > bijections ? programs.get(index - bijections - 1) : null;
    }

    /** Every in-order composition: (bijections + 1)^levels. */
    public int inOrderCount() {
        return (int) Math.pow(functionsPerLevel(), levels);
    }

    /** The variant a file stands for when only the file is given. */
    public String defaultVariantName() {
        int n = counts.contains(50) ? 50 : counts.isEmpty() ? 50 : counts.get(0);
        return CompositionNames.name(this, new CompositionStrategy.Random(n), PromptFormat.STEP_BY_STEP);
    }

    /** Its names in words, for listings. */
    public String variantsText() {
        return name + "_<random|base|identity<k>|outoforder|base_outoforder>_<N>_<step|direct>, e.g. "
                + defaultVariantName() + "; N = " + counts.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                        .orElse("any");
    }

    /**
     * The same study with some settings replaced (null keeps the declared value): train and valid
     * are document counts, test the documents per composition of the generation evaluation.
     */
    public CompositionDefinition with(TaskOptions o) {
        return new CompositionDefinition(name, source, pos, alphabetSize, inputLength, levels, bijections,
                permuteFirstLevel, sharedFunctions, o.train() != null ? o.train() : trainDocuments,
                o.valid() != null ? o.valid() : validDocuments, o.test() != null ? o.test() : evalPerComposition,
                outOfOrderPerBucket, counts,
                o.seed() != null ? o.seed() : seed, programs);
    }
}
