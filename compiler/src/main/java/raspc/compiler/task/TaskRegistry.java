package raspc.compiler.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import raspc.compiler.RaspError;
import raspc.compiler.Session;
import raspc.compiler.bool.BoolSpecError;
import raspc.compiler.bool.BooleanSpec;
import raspc.compiler.bool.BooleanTask;
import raspc.compiler.bool.BooleanTaskName;

/**
 * The tasks a user can name: those declared in the {@code .rasp} files of a languages folder
 * (and any extra files), each file run in its own session.
 */
public final class TaskRegistry {
    /** Environment variable naming the languages folder. */
    public static final String LANGUAGES_ENV = "RASPC_LANGUAGES";

    private final Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
    private final Map<String, BooleanSpec> booleans = new LinkedHashMap<>();
    private final Map<Path, List<String>> declaredIn = new LinkedHashMap<>();

    private TaskRegistry() {}

    /** The tasks of the standard languages folder (see {@link #languagesFolder()}), if there is one. */
    public static TaskRegistry standard() {
        TaskRegistry r = new TaskRegistry();
        Path dir = languagesFolder();
        if (dir != null) {
            r.addFolder(dir);
        }
        return r;
    }

    public static TaskRegistry of(List<Path> files) {
        TaskRegistry r = new TaskRegistry();
        files.forEach(r::addFile);
        return r;
    }

    /**
     * The system property raspc.languages, else $RASPC_LANGUAGES, else the nearest languages
     * folder (holding .rasp files) in the working directory or above it, else one beside the
     * installation (searched upwards from where raspc's classes are); null when none exists.
     */
    public static Path languagesFolder() {
        String explicit = System.getProperty("raspc.languages", System.getenv(LANGUAGES_ENV));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path found = searchUpwards(Path.of("").toAbsolutePath());
        if (found != null) {
            return found;
        }
        try {
            return searchUpwards(Path.of(TaskRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return null; // no code source (unusual class loaders): no installation folder to search
        }
    }

    private static Path searchUpwards(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("languages");
            if (Files.isDirectory(candidate) && holdsRaspFiles(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean holdsRaspFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".rasp"));
        } catch (IOException e) {
            return false;
        }
    }

    public void addFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".rasp")).sorted().forEach(this::addFile);
        } catch (IOException e) {
            throw new RaspError("cannot read the languages folder " + dir + ": " + e.getMessage());
        }
    }

    /** Runs a .rasp file and records its task and Boolean-function declarations. */
    public void addFile(Path file) {
        Session session = Session.ofFile(file);
        List<String> names = new ArrayList<>();
        for (TaskDefinition t : session.tasks()) {
            tasks.put(t.name(), t);
            names.add(t.name());
        }
        for (BooleanSpec b : session.booleanSpecs()) {
            booleans.put(b.name(), b);
            names.add(b.name());
        }
        declaredIn.put(file.toAbsolutePath().normalize(), names);
    }

    public List<TaskDefinition> tasks() {
        return List.copyOf(tasks.values());
    }

    public List<BooleanSpec> booleans() {
        return List.copyOf(booleans.values());
    }

    /** Every sequence-task variant name, and the Boolean-function name patterns. */
    public List<String> names() {
        List<String> out = new ArrayList<>(TaskNames.allNames(tasks.values()));
        booleans.values().forEach(b -> out.add(b.signature()));
        return out;
    }

    public ResolvedTask resolve(String name) {
        return resolve(name, TaskOptions.NONE);
    }

    /** The task called {@code name}; a clear error listing close matches when there is none. */
    public ResolvedTask resolve(String name, TaskOptions options) {
        TaskVariant v = TaskNames.find(name, tasks.values());
        if (v != null) {
            TaskDefinition d = v.definition().with(options);
            return ResolvedTask.sequence(new TaskVariant(v.name(), d, v.alphabet(), v.alphabetSize(), v.bos(), v.withAttns()));
        }
        if (!booleans.isEmpty() && name.matches(".*_[0-9]+")) {
            try {
                BooleanTask b = BooleanTaskName.parse(name, booleans);
                return ResolvedTask.bool(b, options.seed() != null ? options.seed() : 0,
                        orDefault(options.train(), TaskDefinition.DEFAULT_TRAIN),
                        orDefault(options.valid(), TaskDefinition.DEFAULT_VALID),
                        orDefault(options.test(), TaskDefinition.DEFAULT_TEST));
            } catch (BoolSpecError e) {
                throw new RaspError(e.getMessage());
            } catch (IllegalArgumentException e) {
                if (booleans.keySet().stream().anyMatch(name::startsWith)) {
                    throw new RaspError(e.getMessage());
                }
            }
        }
        throw unknown(name);
    }

    /** The task a file stands for: its first declared task, default variant (e.g. sort_by_freq_26). */
    public String defaultTaskOf(Path file) {
        List<String> names = declaredIn.get(file.toAbsolutePath().normalize());
        if (names == null || names.isEmpty()) {
            throw new RaspError(file + " declares no task (add 'task NAME { output = ...; }')");
        }
        TaskDefinition t = tasks.get(names.get(0));
        if (t == null) {
            throw new RaspError(file + " declares only Boolean functions: name one, e.g. " + names.get(0) + "_10");
        }
        return t.defaultVariantName();
    }

    private RaspError unknown(String name) {
        List<String> known = new ArrayList<>(TaskNames.allNames(tasks.values()));
        booleans.keySet().forEach(b -> known.add(b + "_<n>"));
        List<String> close = TaskNames.closeMatches(name, known, 5);
        String hint = close.isEmpty() ? "; known bases: " + String.join(", ", bases()) : "; did you mean: " + String.join(", ", close);
        return new RaspError("unknown task '" + name + "'" + hint);
    }

    private List<String> bases() {
        List<String> out = new ArrayList<>(tasks.keySet());
        booleans.keySet().forEach(b -> out.add(b + "_<n>"));
        return out;
    }

    private static int orDefault(Integer v, int d) {
        return v != null ? v : d;
    }
}
