package raspc.runtime.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.analysis.AnalysisOptions;

/**
 * A sweep file (YAML or JSON), of one kind of task. Boolean functions as a grid:
 *
 * <pre>
 * name: length_scaling
 * functions: [parity, majority, first]     # task bases; cell tasks are NAME_n (random_{n}_7: random_8_7)
 * lengths: {from: 4, to: 16, step: 2}      # or a list: [4, 8, 12]
 * seeds: [1, 2, 3]                         # or a count: 3 (seeds 1..3)
 * workers: 2
 * train:                                   # any value may be a list: the grid takes every combination
 *   dim: 32
 *   steps: 3000
 *   lr: [1e-3, 3e-4]
 * analysis: {sharpness_draws: 10, eps: 0.02, loss_inputs: 8192}
 * plots: [blowup_vs_norm]                  # extra plots beside the ones against n (see ExtraPlot)
 * </pre>
 *
 * or task names of a kind ({@link TaskList}): {@code kind: composition}, {@code tasks: [...]},
 * optionally {@code program: FILE.rasp} and {@code also:} groups of more cells. The train keys are
 * the kind's ({@link SweepKind#trainKeys}). A real-valued one of the top train block may instead be
 * a random draw, {@code lr: {log_uniform: [1e-4, 3e-3]}} with {@code draws: N} (and
 * {@code draw_seed: S}, default 1) in that block: see {@link SettingDraws}. Mistakes are
 * {@link SpecProblem}s, which {@link #read} shows with the file's line.
 */
public record SweepSpec(String name, SweepTasks tasks, List<Long> seeds, int workers,
        List<Map<String, Object>> trainGrid, List<String> varyingKeys, AnalysisOptions analysis, List<ExtraPlot> plots) {

    /** Where a function's name takes the cell's length, for tasks with parameters after n: {@code random_{n}_7}. */
    static final String LENGTH_SLOT = "{n}";
    private static final List<String> TOP_KEYS = List.of("name", "functions", "lengths", "kind", "tasks", "program",
            "also", "seeds", "workers", "train", "analysis", "plots");
    /** Keys of the top train block that shape its random draws rather than set a cell's training. */
    private static final List<String> DRAW_KEYS = List.of("draws", "draw_seed");
    private static final String TOP_TRAIN = "train";
    private static final List<String> ANALYSIS_KEYS = List.of("sharpness_draws", "eps", "loss_inputs",
            "sensitivity_samples", "seed");

    public static SweepSpec read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new RuntimeUserException(file + ":" + SweepFileSyntax.located(e), e);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root, defaultName(file), file.toAbsolutePath().getParent());
        } catch (SpecProblem e) {
            int line = SweepFileLines.of(mapper, file).line(e.pointer());
            throw new RuntimeUserException(file + (line > 0 ? ":" + line : "") + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RuntimeUserException(file + ": " + e.getMessage(), e);
        }
    }

    private static String defaultName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static SweepSpec parse(JsonNode root, String defaultName) {
        return parse(root, defaultName, Path.of("").toAbsolutePath());
    }

    /** {@code folder}: where the file is, against which {@code program} is read. */
    static SweepSpec parse(JsonNode root, String defaultName, Path folder) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a sweep file must be a mapping (name, functions, lengths, seeds, train, ...)");
        }
        checkKeys(root, TOP_KEYS, "");
        String name = root.has("name") ? root.get("name").asText() : defaultName;
        SweepTasks tasks = tasks(root, folder);
        SweepKind kind = tasks.kind();
        List<Long> seeds = seeds(root.get("seeds"));
        int workers = root.has("workers") ? positiveInt(root.get("workers"), "workers") : 1;
        JsonNode t = root.get(TOP_TRAIN);
        Map<String, List<Object>> train = train(t, kind, TOP_TRAIN);
        SettingDraws draws = draws(t);
        List<String> varying = new ArrayList<>(train.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList());
        if (draws.count() > 0) {
            varying.add(SettingDraws.DRAW); // a cell's drawn values are named by its draw's number
        }
        if (root.has("also")) {
            if (!(tasks instanceof TaskList list)) {
                throw new SpecProblem("/also", "also: goes with tasks, not with functions and lengths");
            }
            List<TaskList.Group> also = TaskList.also(root.get("also"), kind, train);
            tasks = list.withAlso(also);
            varying = TaskList.varyingAcross(train, varying, also);
        }
        SweepSpec spec = new SweepSpec(name, tasks, seeds, workers, draws.expand(grid(train)), List.copyOf(varying),
                analysis(root.get("analysis")), ExtraPlot.parse(root.get("plots"), train.keySet()));
        checkUniqueCells(spec);
        return spec;
    }

    /** The random draws of the top train block (none without {@code draws}). */
    private static SettingDraws draws(JsonNode t) {
        if (t == null || !t.isObject()) {
            return SettingDraws.NONE;
        }
        List<Distribution> distributions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                distributions.add(Distribution.parse(e.getKey(), e.getValue()));
            }
        }
        return new SettingDraws(t.has("draws") ? positiveInt(t.get("draws"), "train.draws") : 0,
                t.has("draw_seed") ? integer(t.get("draw_seed"), "train.draw_seed") : 1, distributions);
    }

    /**
     * A train block: each key's values (a scalar is a list of one), checked against the kind's
     * keys; random draws (mappings) are left to {@link #draws}, and only the top block has them.
     */
    static Map<String, List<Object>> train(JsonNode t, SweepKind kind, String where) {
        Map<String, List<Object>> train = new LinkedHashMap<>();
        boolean top = where.equals(TOP_TRAIN);
        if (t != null) {
            String pointer = "/" + where.replace('.', '/');
            if (!t.isObject()) {
                throw new SpecProblem(pointer, where + ": expected a mapping of settings");
            }
            checkKeys(t, top ? java.util.stream.Stream.concat(kind.trainKeys().stream(), DRAW_KEYS.stream()).toList()
                    : kind.trainKeys(), where + ".");
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (top && DRAW_KEYS.contains(e.getKey())) {
                    continue;
                }
                if (e.getValue().isObject()) {
                    if (!top) {
                        throw new SpecProblem(pointer + "/" + e.getKey(), where + "." + e.getKey()
                                + ": random draws go in the top train block only");
                    }
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (JsonNode v : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                    values.add(kind.textKeys().contains(e.getKey()) && v.isTextual() ? v.asText()
                            : scalar(v, where + "." + e.getKey()));
                }
                if (values.isEmpty()) {
                    throw new SpecProblem(pointer + "/" + e.getKey(), where + "." + e.getKey() + ": the list is empty");
                }
                train.put(e.getKey(), values);
            }
        }
        return train;
    }

    private static void checkUniqueCells(SweepSpec spec) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (SweepCell c : spec.cells()) {
            if (!ids.add(c.id())) {
                throw new SpecProblem("/also", "cell " + c.id() + " appears twice (in tasks and in also?)");
            }
        }
    }

    /** A Boolean grid (functions x lengths) or a list of named tasks of one kind; not both. */
    private static SweepTasks tasks(JsonNode root, Path folder) {
        boolean grid = root.has("functions") || root.has("lengths");
        if (grid && root.has("tasks")) {
            throw new SpecProblem("/tasks", "tasks: give either tasks (with kind) or functions and lengths, not both");
        }
        if (!grid && !root.has("tasks")) {
            throw new IllegalArgumentException("functions and lengths, or tasks (with kind), are missing");
        }
        if (grid) {
            for (String k : List.of("kind", "program")) {
                if (root.has(k)) {
                    throw new SpecProblem("/" + k, k + ": goes with tasks, not with functions and lengths");
                }
            }
            return BooleanGrid.parse(root);
        }
        return TaskList.parse(root, folder);
    }

    public SweepKind kind() {
        return tasks.kind();
    }

    static JsonNode require(JsonNode root, String key) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return v;
    }

    static void checkKeys(JsonNode node, List<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new SpecProblem("/" + prefix.replace('.', '/') + k,
                        "unknown setting " + prefix + k + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    static List<Long> seeds(JsonNode node) {
        List<Long> out = new ArrayList<>();
        if (node == null) {
            out.add(1L);
        } else if (node.isArray()) {
            for (JsonNode v : node) {
                if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                    throw new SpecProblem("/seeds", "seeds: '" + v.asText() + "' is not an integer");
                }
                out.add(v.asLong());
            }
        } else {
            int count = positiveInt(node, "seeds");
            for (long s = 1; s <= count; s++) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new SpecProblem("/seeds", "seeds: the list is empty");
        }
        return List.copyOf(out);
    }

    private static long integer(JsonNode v, String what) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SpecProblem(pointer(what), what + ": expected an integer, got '" + v.asText() + "'");
        }
        return v.asLong();
    }

    static int positiveInt(JsonNode v, String what) {
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > Integer.MAX_VALUE) {
            throw new SpecProblem(pointer(what), what + ": expected a positive integer, got '" + v.asText() + "'");
        }
        return v.asInt();
    }

    /** The JSON pointer of a setting named as in messages: train.lr is /train/lr. */
    private static String pointer(String what) {
        return "/" + what.replace('.', '/');
    }

    private static Object scalar(JsonNode v, String what) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            try { // YAML reads 1e-3 as a string
                return Double.parseDouble(v.asText());
            } catch (NumberFormatException e) {
                throw new SpecProblem(pointer(what), what + ": '" + v.asText() + "' is not a number");
            }
        }
        throw new SpecProblem(pointer(what), what + ": expected a number or a list of numbers");
    }

    /** Every combination of the listed values, the first key varying slowest. */
    static List<Map<String, Object>> grid(Map<String, List<Object>> train) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> e : train.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (Object v : e.getValue()) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out.stream().map(m -> (Map<String, Object>) java.util.Collections.unmodifiableMap(m)).toList();
    }

    private static AnalysisOptions analysis(JsonNode node) {
        AnalysisOptions o = AnalysisOptions.defaults();
        if (node == null) {
            return o;
        }
        if (!node.isObject()) {
            throw new SpecProblem("/analysis", "analysis: expected a mapping");
        }
        checkKeys(node, ANALYSIS_KEYS, "analysis.");
        return new AnalysisOptions(
                node.has("sharpness_draws") ? positiveInt(node.get("sharpness_draws"), "analysis.sharpness_draws") : o.sharpnessDraws(),
                node.has("eps") ? ((Number) scalar(node.get("eps"), "analysis.eps")).doubleValue() : o.eps(),
                node.has("loss_inputs") ? positiveInt(node.get("loss_inputs"), "analysis.loss_inputs") : o.lossInputs(),
                node.has("sensitivity_samples") ? positiveInt(node.get("sensitivity_samples"), "analysis.sensitivity_samples")
                        : o.sensitivitySamples(),
                node.has("seed") ? node.get("seed").asLong() : o.seed());
    }

    /** All cells, in table order: task (a Boolean grid: function, then length), then settings, then seed. */
    public List<SweepCell> cells() {
        return tasks.cells(trainGrid, seeds, varyingKeys);
    }
}
