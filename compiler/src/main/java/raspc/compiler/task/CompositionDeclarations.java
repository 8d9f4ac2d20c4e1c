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
            "train", "valid", "eval", "out_of_order_eval", "counts", "seed");

    private CompositionDeclarations() {}

    public static CompositionDefinition define(String name, String source, Pos pos, Map<String, Value> fields,
            Map<String, Pos> positions) {
        DeclaredFields read = new DeclaredFields("composition " + name, source, fields, positions);
        read.requireKnown(KEYS, "composition");
        int alphabet = read.intIn("alphabet", CompositionDefinition.DEFAULT_ALPHABET, 2, 1000);
        int levels = read.intIn("levels", CompositionDefinition.DEFAULT_LEVELS, 1, 9);
        int bijections = read.intIn("functions", CompositionDefinition.DEFAULT_BIJECTIONS, 1, 20);
        if (Math.pow(bijections + 1, levels) > 1_000_000) {
            throw read.error("levels", (bijections + 1) + "^" + levels + " in-order compositions are too many (at most 1000000)");
        }
        List<Integer> counts = read.has("counts") ? read.intList("counts") : CompositionDefinition.DEFAULT_COUNTS;
        for (int c : counts) {
            if (c < 0) {
                throw read.error("counts", "counts of training compositions must be >= 0, got " + c);
            }
        }
        return new CompositionDefinition(name, source, pos, alphabet,
                read.intIn("length", CompositionDefinition.DEFAULT_LENGTH, 1, 64), levels, bijections,
                read.bool("permute_first", false), read.bool("shared", false),
                read.count("train", CompositionDefinition.DEFAULT_TRAIN),
                read.count("valid", CompositionDefinition.DEFAULT_VALID),
                read.intIn("eval", CompositionDefinition.DEFAULT_EVAL, 1, 100_000),
                read.intIn("out_of_order_eval", CompositionDefinition.DEFAULT_OUT_OF_ORDER, 0, 100_000), counts,
                read.has("seed") ? read.integer("seed") : 0);
    }
}
