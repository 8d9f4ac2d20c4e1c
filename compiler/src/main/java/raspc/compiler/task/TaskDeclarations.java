package raspc.compiler.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Kind;
import raspc.compiler.python.PyStrings;
import raspc.grammar.ast.Pos;

/**
 * Turns the evaluated fields of a {@code task NAME { key = expr; ... }} declaration into a
 * {@link TaskDefinition}, checking every field with a message that names it.
 */
public final class TaskDeclarations {
    static final Set<String> KEYS = Set.of("output", "bos_output", "alphabet", "alphabets", "lengths", "bos",
            "generator", "pairs", "neutral", "neutral_rate", "outputs", "train", "valid", "test", "seed");

    private final String task;
    private final String source;
    private final Map<String, Value> fields;
    private final Map<String, Pos> positions;

    private final Function<Value.FuncVal, GeneratorSpec.UserGenerator> binder;
    private final DeclaredFields read;

    private TaskDeclarations(String task, String source, Map<String, Value> fields, Map<String, Pos> positions,
                             Function<Value.FuncVal, GeneratorSpec.UserGenerator> binder) {
        this.binder = binder;
        this.task = task;
        this.source = source;
        this.fields = fields;
        this.positions = positions;
        this.read = new DeclaredFields("task " + task, source, fields, positions);
    }

    /**
     * @param fields    field name -> evaluated value, in declaration order
     * @param positions field name -> where it was written (for messages)
     */
    public static TaskDefinition define(String name, String source, Pos pos, Map<String, Value> fields,
                                        Map<String, Pos> positions, Function<Value.FuncVal, GeneratorSpec.UserGenerator> binder) {
        return new TaskDeclarations(name, source, new LinkedHashMap<>(fields), positions, binder).build(pos);
    }

    private TaskDefinition build(Pos pos) {
        read.requireKnown(KEYS, "task");
        if (!fields.containsKey("output")) {
            throw new RaspError(source, pos, "task " + task + " needs an 'output = <s-op>;' field");
        }
        List<Integer> sizes = fields.containsKey("alphabets") ? read.intList("alphabets") : List.of();
        for (int a : sizes) {
            if (a < 1 || a > Alphabets.MAX_SIZE) {
                throw error("alphabets", "alphabet sizes must be between 1 and " + Alphabets.MAX_SIZE + ", got " + a);
            }
        }
        List<String> fixed = fields.containsKey("alphabet") ? alphabet("alphabet") : null;
        if (fixed == null && sizes.isEmpty()) {
            throw new RaspError(source, pos, "task " + task + " needs 'alphabet = ...;' (a size, a string or a list of tokens) or 'alphabets = [sizes];'");
        }
        if (fixed != null && !sizes.isEmpty()) {
            throw error("alphabet", "give either 'alphabet' or 'alphabets', not both");
        }
        int[] lengths = lengths();
        String bos = fields.containsKey("bos") ? read.string("bos") : TaskDefinition.DEFAULT_BOS;
        return new TaskDefinition(task, source, pos, sop("output"), fields.containsKey("bos_output") ? sop("bos_output") : null,
                sizes, fixed, lengths[0], lengths[1], bos, generator(), fields.containsKey("outputs") ? read.tokenList("outputs") : null,
                read.count("train", TaskDefinition.DEFAULT_TRAIN), read.count("valid", TaskDefinition.DEFAULT_VALID),
                read.count("test", TaskDefinition.DEFAULT_TEST), fields.containsKey("seed") ? read.integer("seed") : 0);
    }

    private GeneratorSpec generator() {
        Value g = fields.get("generator");
        if (g == null) {
            return GeneratorSpec.uniform();
        }
        if (g instanceof Value.FuncVal f) {
            return new GeneratorSpec("function", List.of(), null, 0, binder.apply(f));
        }
        String kind = read.string("generator");
        if (kind.equals("uniform")) {
            return GeneratorSpec.uniform();
        }
        if (!kind.equals("dyck")) {
            throw error("generator", "generator must be \"uniform\", \"dyck\" or a function gen(n, u), got \"" + kind + "\"");
        }
        if (!fields.containsKey("pairs")) {
            throw error("generator", "the dyck generator needs 'pairs = [\"()\", ...];'");
        }
        List<String> pairs = read.tokenList("pairs");
        for (String p : pairs) {
            if (PyStrings.length(p) != 2) {
                throw error("pairs", "each pair is a two-character string like \"()\", got \"" + p + "\"");
            }
        }
        String neutral = fields.containsKey("neutral") ? read.string("neutral") : null;
        double rate = fields.containsKey("neutral_rate") ? read.number("neutral_rate") : GeneratorSpec.DEFAULT_NEUTRAL_RATE;
        if (rate < 0 || rate >= 1) {
            throw error("neutral_rate", "neutral_rate must be in [0, 1), got " + rate);
        }
        return new GeneratorSpec("dyck", pairs, neutral, rate, null);
    }

    private int[] lengths() {
        if (!fields.containsKey("lengths")) {
            return new int[] {1, 100};
        }
        List<Integer> l = read.intList("lengths");
        if (l.size() != 2 || l.get(0) < 1 || l.get(1) < l.get(0)) {
            throw error("lengths", "lengths is [shortest, longest] with 1 <= shortest <= longest, got " + l);
        }
        return new int[] {l.get(0), l.get(1)};
    }

    private raspc.compiler.graph.SopNode sop(String key) {
        if (fields.get(key) instanceof Value.SopVal s) {
            return s.node();
        }
        throw error(key, key + " must be an s-op, got " + Value.typeName(fields.get(key)));
    }

    private List<String> alphabet(String key) {
        Value v = fields.get(key);
        if (v instanceof Value.Atom a && a.isInt() && a.kind() != Kind.BOOL) {
            int size = (int) a.num();
            if (size < 1 || size > Alphabets.MAX_SIZE) {
                throw error(key, "alphabet size must be between 1 and " + Alphabets.MAX_SIZE + ", got " + size);
            }
            return Alphabets.standard(size);
        }
        if (v instanceof Value.Atom a && a.kind() == Kind.STR) {
            if (a.str().isEmpty()) {
                throw error(key, "the alphabet is empty");
            }
            return Alphabets.characters(a.str());
        }
        List<String> tokens = read.tokenList(key);
        if (tokens.isEmpty()) {
            throw error(key, "the alphabet is empty");
        }
        return tokens;
    }

    private RaspError error(String key, String message) {
        return read.error(key, message);
    }






}
