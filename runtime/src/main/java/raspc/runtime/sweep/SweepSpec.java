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
 * A sweep file (YAML or JSON):
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
 * Train keys: dim, layers, heads, ff, steps, batch, lr, weight_decay, train_inputs, eval_every,
 * eval_inputs, convergence_mse, stop_at_convergence. A real-valued one may instead be a random
 * draw, {@code lr: {log_uniform: [1e-4, 3e-3]}} with {@code draws: N} (and {@code draw_seed: S},
 * default 1) in the train block: see {@link SettingDraws}.
 */
public record SweepSpec(String name, List<String> functions, List<Integer> lengths, List<Long> seeds, int workers,
        List<Map<String, Object>> trainGrid, List<String> varyingKeys, AnalysisOptions analysis, List<ExtraPlot> plots) {

    /** Where a function's name takes the cell's length, for tasks with parameters after n: {@code random_{n}_7}. */
    static final String LENGTH_SLOT = "{n}";
    static final List<String> TRAIN_KEYS = List.of("dim", "layers", "heads", "ff", "steps", "batch", "lr",
            "weight_decay", "train_inputs", "eval_every", "eval_inputs", "convergence_mse", "stop_at_convergence");
    private static final List<String> TOP_KEYS = List.of("name", "functions", "lengths", "seeds", "workers", "train",
            "analysis", "plots");
    /** Keys of the train block that shape its random draws rather than set a cell's training. */
    private static final List<String> DRAW_KEYS = List.of("draws", "draw_seed");
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
            return parse(root, defaultName(file));
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
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a sweep file must be a mapping (name, functions, lengths, seeds, train, ...)");
        }
        checkKeys(root, TOP_KEYS, "");
        String name = root.has("name") ? root.get("name").asText() : defaultName;
        List<String> functions = new ArrayList<>();
        JsonNode fs = require(root, "functions");
        for (JsonNode f : fs.isArray() ? fs : List.of(fs)) {
            String fn = f.asText().trim().toLowerCase(Locale.ROOT);
            if (!fn.matches("[a-z][a-z0-9_]*(\\{n}[a-z0-9_]*)?")) {
                throw new IllegalArgumentException("functions: '" + f.asText() + "' is not a task base name like parity"
                        + " (or one with the length's place, like random_{n}_7)");
            }
            functions.add(fn);
        }
        List<Integer> lengths = lengths(require(root, "lengths"));
        List<Long> seeds = seeds(root.get("seeds"));
        int workers = root.has("workers") ? positiveInt(root.get("workers"), "workers") : 1;
        Map<String, List<Object>> train = new LinkedHashMap<>();
        List<Distribution> distributions = new ArrayList<>();
        JsonNode t = root.get("train");
        if (t != null) {
            if (!t.isObject()) {
                throw new IllegalArgumentException("train: expected a mapping of settings");
            }
            checkKeys(t, java.util.stream.Stream.concat(TRAIN_KEYS.stream(), DRAW_KEYS.stream()).toList(), "train.");
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (DRAW_KEYS.contains(e.getKey())) {
                    continue;
                }
                if (e.getValue().isObject()) {
                    distributions.add(Distribution.parse(e.getKey(), e.getValue()));
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (JsonNode v : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                    values.add(scalar(v, "train." + e.getKey()));
                }
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("train." + e.getKey() + ": the list is empty");
                }
                train.put(e.getKey(), values);
            }
        }
        SettingDraws draws = t == null ? SettingDraws.NONE : new SettingDraws(
                t.has("draws") ? positiveInt(t.get("draws"), "train.draws") : 0,
                t.has("draw_seed") ? integer(t.get("draw_seed"), "train.draw_seed") : 1, distributions);
        List<String> varying = new ArrayList<>(
                train.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList());
        if (draws.count() > 0) {
            varying.add(SettingDraws.DRAW); // a cell's drawn values are named by its draw's number
        }
        return new SweepSpec(name, List.copyOf(functions), lengths, seeds, workers, draws.expand(grid(train)),
                List.copyOf(varying), analysis(root.get("analysis")), ExtraPlot.parse(root.get("plots"), train.keySet()));
    }

    private static JsonNode require(JsonNode root, String key) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return v;
    }

    private static void checkKeys(JsonNode node, List<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown setting " + prefix + k + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    static List<Integer> lengths(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        if (node.isObject()) {
            checkKeys(node, List.of("from", "to", "step"), "lengths.");
            int from = positiveInt(require(node, "from"), "lengths.from");
            int to = positiveInt(require(node, "to"), "lengths.to");
            int step = node.has("step") ? positiveInt(node.get("step"), "lengths.step") : 1;
            if (to < from) {
                throw new IllegalArgumentException("lengths: to (" + to + ") is below from (" + from + ")");
            }
            for (int n = from; n <= to; n += step) {
                out.add(n);
            }
        } else {
            for (JsonNode v : node.isArray() ? node : List.of(node)) {
                out.add(positiveInt(v, "lengths"));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("lengths: no length given");
        }
        return List.copyOf(out);
    }

    static List<Long> seeds(JsonNode node) {
        List<Long> out = new ArrayList<>();
        if (node == null) {
            out.add(1L);
        } else if (node.isArray()) {
            for (JsonNode v : node) {
                if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                    throw new IllegalArgumentException("seeds: '" + v.asText() + "' is not an integer");
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
            throw new IllegalArgumentException("seeds: the list is empty");
        }
        return List.copyOf(out);
    }

    private static long integer(JsonNode v, String what) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(what + ": expected an integer, got '" + v.asText() + "'");
        }
        return v.asLong();
    }

    private static int positiveInt(JsonNode v, String what) {
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + ": expected a positive integer, got '" + v.asText() + "'");
        }
        return v.asInt();
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
                throw new IllegalArgumentException(what + ": '" + v.asText() + "' is not a number");
            }
        }
        throw new IllegalArgumentException(what + ": expected a number or a list of numbers");
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
            throw new IllegalArgumentException("analysis: expected a mapping");
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

    /** All cells, in table order: function, then length, then settings, then seed. */
    public List<SweepCell> cells() {
        List<SweepCell> out = new ArrayList<>();
        for (String f : functions) {
            for (int n : lengths) {
                for (Map<String, Object> settings : trainGrid) {
                    for (long seed : seeds) {
                        out.add(new SweepCell(f, n, seed, settings, varyingKeys));
                    }
                }
            }
        }
        return out;
    }
}
