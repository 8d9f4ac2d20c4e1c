package raspc.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code functions: [parity, first]} x {@code lengths: {from: 4, to: 16, step: 2}}: cells NAME_n. */
public record BooleanGrid(List<String> functions, List<Integer> lengths) implements SweepTasks {

    static BooleanGrid parse(JsonNode root) {
        List<String> functions = new ArrayList<>();
        JsonNode fs = SweepSpec.require(root, "functions");
        int i = 0;
        for (JsonNode f : fs.isArray() ? fs : List.of(fs)) {
            String fn = f.asText().trim().toLowerCase(Locale.ROOT);
            if (!fn.matches("[a-z][a-z0-9_]*(\\{n}[a-z0-9_]*)?")) {
                throw new SpecProblem("/functions" + (fs.isArray() ? "/" + i : ""),
                        "functions: '" + f.asText() + "' is not a task base name like parity"
                        + " (or one with the length's place, like random_{n}_7)");
            }
            functions.add(fn);
            i++;
        }
        return new BooleanGrid(List.copyOf(functions), lengths(SweepSpec.require(root, "lengths")));
    }

    static List<Integer> lengths(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        if (node.isObject()) {
            SweepSpec.checkKeys(node, List.of("from", "to", "step"), "lengths.");
            int from = SweepSpec.positiveInt(SweepSpec.require(node, "from"), "lengths.from");
            int to = SweepSpec.positiveInt(SweepSpec.require(node, "to"), "lengths.to");
            int step = node.has("step") ? SweepSpec.positiveInt(node.get("step"), "lengths.step") : 1;
            if (to < from) {
                throw new SpecProblem("/lengths", "lengths: to (" + to + ") is below from (" + from + ")");
            }
            for (int n = from; n <= to; n += step) {
                out.add(n);
            }
        } else {
            for (JsonNode v : node.isArray() ? node : List.of(node)) {
                out.add(SweepSpec.positiveInt(v, "lengths"));
            }
        }
        if (out.isEmpty()) {
            throw new SpecProblem("/lengths", "lengths: no length given");
        }
        return List.copyOf(out);
    }

    @Override
    public SweepKind kind() {
        return SweepKind.BOOLEAN;
    }

    @Override
    public List<SweepCell> cells(List<Map<String, Object>> trainGrid, List<Long> seeds, List<String> varyingKeys) {
        List<SweepCell> out = new ArrayList<>();
        for (String f : functions) {
            for (int n : lengths) {
                for (Map<String, Object> settings : trainGrid) {
                    for (long seed : seeds) {
                        out.add(new BooleanCell(f, n, seed, settings, varyingKeys));
                    }
                }
            }
        }
        return out;
    }
}
