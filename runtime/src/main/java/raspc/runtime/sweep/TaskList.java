package raspc.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tasks: [compose_random_2_step, compose_random_2_direct]} with {@code kind: composition}:
 * task variant names of one kind, looked up in {@code program} (a .rasp file, relative to the
 * sweep file) when it is given, else in the languages folders, as the train commands do.
 *
 * @param program absolute; null = the languages folders
 */
public record TaskList(SweepKind kind, List<String> names, Path program, List<Group> also) implements SweepTasks {

    /**
     * Cells beside the main grid: {@code names} with their own grid (the file's {@code also}).
     *
     * @param train the group's train values (the main block's, overridden by its own)
     */
    public record Group(List<String> names, List<Map<String, Object>> grid, Map<String, List<Object>> train) {}

    TaskList withAlso(List<Group> groups) {
        return new TaskList(kind, names, program, List.copyOf(groups));
    }

    static TaskList parse(JsonNode root, Path sweepFolder) {
        JsonNode k = SweepSpec.require(root, "kind");
        SweepKind kind = SweepKind.parse(k.asText(), "/kind");
        List<String> names = names(SweepSpec.require(root, "tasks"), kind, "/tasks");
        Path program = null;
        if (root.hasNonNull("program")) {
            program = sweepFolder.resolve(root.get("program").asText()).toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(program)) {
                throw new SpecProblem("/program", "program: no such file " + program);
            }
        }
        return new TaskList(kind, names, program, List.of());
    }

    static List<String> names(JsonNode ts, SweepKind kind, String at) {
        List<String> names = new ArrayList<>();
        String where = at.substring(1).replace('/', '.');
        int i = 0;
        for (JsonNode t : ts.isArray() ? ts : List.of(ts)) {
            String pointer = at + (ts.isArray() ? "/" + i : "");
            String name = t.asText().trim();
            if (!t.isTextual() || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new SpecProblem(pointer, where + ": '" + t.asText() + "' is not a task name like compose_random_10_step");
            }
            if (kind == SweepKind.BOOLEAN && !name.matches(".*_[0-9]{1,6}")) {
                throw new SpecProblem(pointer, where + ": '" + name + "' is not a Boolean task name like parity_8");
            }
            if (names.contains(name)) {
                throw new SpecProblem(pointer, where + ": " + name + " is listed twice");
            }
            names.add(name);
            i++;
        }
        if (names.isEmpty()) {
            throw new SpecProblem(at, where + ": the list is empty");
        }
        return List.copyOf(names);
    }

    /**
     * {@code also: [{tasks: [...], train: {...}}, ...]}: more cells beside the grid (the LSTM at two
     * points), each group's train block laid over the main one.
     */
    static List<Group> also(JsonNode node, SweepKind kind, Map<String, List<Object>> main) {
        if (!node.isArray() || node.isEmpty()) {
            throw new SpecProblem("/also", "also: expected a list of {tasks: [...], train: {...}}");
        }
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode g = node.get(i);
            String where = "also." + i;
            if (!g.isObject()) {
                throw new SpecProblem("/also/" + i, where + ": expected a mapping with tasks and train");
            }
            SweepSpec.checkKeys(g, List.of("tasks", "train"), where + ".");
            Map<String, List<Object>> train = new LinkedHashMap<>(main);
            train.putAll(SweepSpec.train(g.get("train"), kind, where + ".train"));
            out.add(new Group(names(SweepSpec.require(g, "tasks"), kind, "/also/" + i + "/tasks"), SweepSpec.grid(train),
                    train));
        }
        return out;
    }

    /** The main grid's varying keys, and any key whose values differ between the main grid and a group of also. */
    static List<String> varyingAcross(Map<String, List<Object>> main, List<String> varying,
            List<Group> also) {
        List<String> out = new ArrayList<>(varying);
        for (Group g : also) {
            for (String k : g.train().keySet()) {
                if (!out.contains(k) && !g.train().get(k).equals(main.get(k))) {
                    out.add(k);
                }
            }
            for (String k : main.keySet()) {
                if (!out.contains(k) && !main.get(k).equals(g.train().get(k))) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    @Override
    public List<SweepCell> cells(List<Map<String, Object>> trainGrid, List<Long> seeds, List<String> varyingKeys) {
        List<SweepCell> out = new ArrayList<>();
        add(out, names, trainGrid, seeds, varyingKeys);
        for (Group g : also) {
            add(out, g.names(), g.grid(), seeds, varyingKeys);
        }
        return out;
    }

    private void add(List<SweepCell> out, List<String> tasks, List<Map<String, Object>> grid, List<Long> seeds,
            List<String> varyingKeys) {
        for (String name : tasks) {
            for (Map<String, Object> settings : grid) {
                for (long seed : seeds) {
                    out.add(switch (kind) {
                        case BOOLEAN -> {
                            int cut = name.lastIndexOf('_');
                            yield new BooleanCell(name.substring(0, cut), Integer.parseInt(name.substring(cut + 1)), seed,
                                    settings, varyingKeys);
                        }
                        case COMPOSITION -> new CompositionCell(name, seed, settings, varyingKeys);
                        case SEQUENCE -> new SequenceCell(name, seed, settings, varyingKeys);
                    });
                }
            }
        }
    }
}
