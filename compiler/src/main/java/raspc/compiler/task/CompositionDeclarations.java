package raspc.compiler.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.value.Value;
import raspc.grammar.ast.Pos;

/**
 * Turns the evaluated fields of a {@code composition NAME { key = expr; ... }} declaration into a
 * {@link CompositionDefinition}; every field is optional and defaults to the reference's setup.
 */
public final class CompositionDeclarations {
    static final Set<String> KEYS = Set.of("alphabet", "length", "levels", "functions", "permute_first", "shared",
            "train", "valid", "eval", "out_of_order_eval", "counts", "seed", "programs");

    private CompositionDeclarations() {}

    public static CompositionDefinition define(String name, String source, Pos pos, Map<String, Value> fields,
            Map<String, Pos> positions) {
        DeclaredFields read = new DeclaredFields("composition " + name, source, fields, positions);
        read.requireKnown(KEYS, "composition");
        int alphabet = read.intIn("alphabet", CompositionDefinition.DEFAULT_ALPHABET, 2, 1000);
        int levels = read.intIn("levels", CompositionDefinition.DEFAULT_LEVELS, 1, 9);
        int bijections = read.intIn("functions", CompositionDefinition.DEFAULT_BIJECTIONS, 1, 20);
        int length = read.intIn("length", CompositionDefinition.DEFAULT_LENGTH, 1, 64);
        List<CompositionProgram> programs = programs(read, alphabet, length);
        int perLevel = bijections + 1 + programs.size();
        if (Math.pow(perLevel, levels) > 1_000_000) {
            throw read.error("levels", perLevel + "^" + levels + " in-order compositions are too many (at most 1000000)");
        }
        List<Integer> counts = read.has("counts") ? read.intList("counts") : CompositionDefinition.DEFAULT_COUNTS;
        for (int c : counts) {
            if (c < 0) {
                throw read.error("counts", "counts of training compositions must be >= 0, got " + c);
            }
        }
        return new CompositionDefinition(name, source, pos, alphabet, length, levels, bijections,
                read.bool("permute_first", false), read.bool("shared", false),
                read.count("train", CompositionDefinition.DEFAULT_TRAIN),
                read.count("valid", CompositionDefinition.DEFAULT_VALID),
                read.intIn("eval", CompositionDefinition.DEFAULT_EVAL, 1, 100_000),
                read.intIn("out_of_order_eval", CompositionDefinition.DEFAULT_OUT_OF_ORDER, 0, 100_000), counts,
                read.has("seed") ? read.integer("seed") : 0, programs);
    }

    /**
     * {@code programs = [reverse, sort];}: s-ops of the file, each tried at once on two inputs
     * (all zeros, and 0, 1, ... cycling through the alphabet) so that one that does not map
     * symbols to symbols is reported at its declaration rather than while documents are made.
     */
    private static List<CompositionProgram> programs(DeclaredFields read, int alphabet, int length) {
        if (!read.has("programs")) {
            return List.of();
        }
        if (!(read.get("programs") instanceof Value.ListVal list)) {
            throw read.error("programs", "programs must be a list of s-ops, got " + Value.typeName(read.get("programs")));
        }
        List<CompositionProgram> out = new java.util.ArrayList<>();
        for (Value item : list.items()) {
            if (!(item instanceof Value.SopVal sop)) {
                throw read.error("programs", "programs must be a list of s-ops, got " + Value.typeName(item) + " in it");
            }
            CompositionProgram program = new CompositionProgram(sop.node().name(), sop.node(), alphabet);
            int[] zeros = new int[length];
            int[] cycling = new int[length];
            for (int i = 0; i < length; i++) {
                cycling[i] = i % alphabet;
            }
            try {
                program.apply(zeros);
                program.apply(cycling);
            } catch (IllegalArgumentException | raspc.compiler.error.RaspError e) {
                throw read.error("programs", e.getMessage());
            }
            out.add(program);
        }
        return out;
    }
}
