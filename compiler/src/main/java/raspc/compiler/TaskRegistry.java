package raspc.compiler;

import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.CompositionNames;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.Task;
import raspc.compiler.task.TaskDefinition;
import raspc.compiler.task.TaskFolders;
import raspc.compiler.task.TaskListing;
import raspc.compiler.task.TaskNames;
import raspc.compiler.task.TaskOptions;
import raspc.compiler.task.TaskVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import raspc.compiler.bool.BoolSpecError;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.BooleanSpec;
import raspc.compiler.bool.BooleanTask;
import raspc.compiler.bool.BooleanTaskName;
import raspc.compiler.error.RaspError;
import raspc.compiler.files.FileNames;
import raspc.grammar.SyntaxError;

/**
 * The tasks a user can name: those declared in the {@code .rasp} files of the languages folders
 * (see {@link TaskFolders}) and of any files named directly, each file run in its own session.
 *
 * <p>Folders are read in search order and the first declaration of a name wins, so a user's
 * {@code reverse} shadows the bundled one; a file named directly wins over every folder. Files
 * are run lazily, in that order, only until one declares the name asked for: a task command runs
 * the few files it needs, not every language. A folder's file that fails to run (a syntax error)
 * is set aside with its located error, so one broken file does not hide every other task:
 * {@link #listing()} shows it, and so does the message for a task that is not found. Statements
 * that fail inside a file are skipped, as the original's {@code load} does ({@link #warnings()}).
 */
public final class TaskRegistry {
    private final Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
    private final Map<String, BooleanSpec> booleans = new LinkedHashMap<>();
    private final Map<String, CompositionDefinition> compositions = new LinkedHashMap<>();
    /** The file whose declaration of each name is used. */
    private final Map<String, Path> taskFiles = new HashMap<>();
    private final Map<String, Path> booleanFiles = new HashMap<>();
    private final Map<Path, FileDeclarations> declaredIn = new LinkedHashMap<>();
    /** Folder files that failed to run, with their located errors. */
    private final Map<Path, String> failed = new LinkedHashMap<>();
    private final Map<Path, List<Path>> folderFiles = new LinkedHashMap<>();
    /** The folders searched; null when only files named directly were read. */
    private TaskFolders folders;
    /** Folder files not run yet, in search order. */
    private final java.util.ArrayDeque<Path> unread = new java.util.ArrayDeque<>();
    /** The statements the files run so far skipped, each located in its file. */
    private final List<RaspError> warnings = new ArrayList<>();

    /** What one file declares, in declaration order. */
    private record FileDeclarations(List<TaskDefinition> tasks, List<BooleanSpec> booleans,
            List<CompositionDefinition> compositions) {
        List<String> taskNames() {
            return tasks.stream().map(TaskDefinition::name).toList();
        }

        List<String> booleanNames() {
            return booleans.stream().map(BooleanSpec::name).toList();
        }
    }

    private TaskRegistry() {}

    /** The tasks of this process's languages folders ({@link TaskFolders#ofSystem()}). */
    public static TaskRegistry standard() {
        return standard(TaskFolders.ofSystem());
    }

    /** The tasks of the given folders, read in their order. */
    public static TaskRegistry standard(TaskFolders folders) {
        TaskRegistry r = new TaskRegistry();
        r.folders = folders;
        folders.folders().forEach(f -> r.addFolder(f.dir()));
        return r;
    }

    public static TaskRegistry of(List<Path> files) {
        TaskRegistry r = new TaskRegistry();
        files.forEach(r::addFile);
        return r;
    }

    private void addFolder(Path dir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".rasp")).sorted().toList();
        } catch (IOException e) {
            throw new RaspError("cannot read the languages folder " + dir + ": " + e.getMessage());
        }
        folderFiles.put(dir, files);
        unread.addAll(files);
    }

    /** Runs the next folder file not run yet; false when there is none. */
    private boolean readNext() {
        Path file = unread.poll();
        if (file == null) {
            return false;
        }
        if (declaredIn.containsKey(key(file)) || failed.containsKey(key(file))) {
            return true; // also named directly, or in two folders
        }
        Session session;
        try {
            session = Session.ofFile(file);
        } catch (RaspError | SyntaxError e) {
            failed.put(key(file), e.getMessage());
            return true;
        }
        register(file, session, false);
        return true;
    }

    private void readAll() {
        while (readNext()) {
            // every file, for listings and for the message about a name that none declares
        }
    }

    /** Runs a .rasp file and records its declarations; they replace any of the same name. */
    public void addFile(Path file) {
        register(file, Session.ofFile(file), true);
    }

    /** The statements skipped so far by the files run (a file named directly's included). */
    public List<RaspError> warnings() {
        return List.copyOf(warnings);
    }

    private void register(Path file, Session session, boolean replace) {
        Path key = key(file);
        warnings.addAll(session.takeWarnings());
        for (TaskDefinition t : session.tasks()) {
            if (replace || !tasks.containsKey(t.name())) {
                tasks.put(t.name(), t);
                taskFiles.put(t.name(), key);
            }
        }
        for (BooleanSpec b : session.booleanSpecs()) {
            if (replace || !booleans.containsKey(b.name())) {
                booleans.put(b.name(), b);
                booleanFiles.put(b.name(), key);
            }
        }
        for (CompositionDefinition c : session.compositions()) {
            if (replace || !compositions.containsKey(c.name())) {
                compositions.put(c.name(), c);
            }
        }
        declaredIn.put(key, new FileDeclarations(session.tasks(), session.booleanSpecs(), session.compositions()));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Every folder read, in search order, with what each of its files declares or why it failed. */
    public List<TaskListing> listing() {
        readAll();
        List<TaskListing> out = new ArrayList<>();
        for (TaskFolders.Folder folder : folders == null ? List.<TaskFolders.Folder>of() : folders.folders()) {
            List<TaskListing.FileEntry> files = new ArrayList<>();
            for (Path file : folderFiles.getOrDefault(folder.dir(), List.of())) {
                Path key = key(file);
                FileDeclarations d = declaredIn.get(key);
                if (d == null) {
                    files.add(new TaskListing.FileEntry(file, List.of(), failed.get(key)));
                    continue;
                }
                List<TaskListing.Declared> entries = new ArrayList<>();
                for (TaskDefinition t : d.tasks()) {
                    entries.add(declared(t.name(), t.name(), t.variantsText(), taskFiles, key, FileDeclarations::taskNames));
                }
                for (CompositionDefinition c : d.compositions()) {
                    entries.add(new TaskListing.Declared("composition " + c.name(), c.variantsText(), null, List.of()));
                }
                for (BooleanSpec b : d.booleans()) {
                    entries.add(declared(b.name(), b.signature(), BooleanTaskName.pattern(b) + ", e.g. " + BooleanTaskName.example(b),
                            booleanFiles, key, FileDeclarations::booleanNames));
                }
                files.add(new TaskListing.FileEntry(file, entries, null));
            }
            out.add(new TaskListing(folder.dir(), folder.origin(), files));
        }
        return out;
    }

    /** A listing entry: which file's declaration of {@code name} is used, and which it hides. */
    private TaskListing.Declared declared(String name, String shown, String variants, Map<String, Path> used, Path file,
            Function<FileDeclarations, List<String>> names) {
        Path winner = used.get(name);
        if (!file.equals(winner)) {
            return new TaskListing.Declared(shown, variants, winner, List.of());
        }
        List<Path> hidden = new ArrayList<>();
        declaredIn.forEach((other, d) -> {
            if (!other.equals(file) && names.apply(d).contains(name)) {
                hidden.add(other);
            }
        });
        return new TaskListing.Declared(shown, variants, null, hidden);
    }

    public List<TaskDefinition> tasks() {
        readAll();
        return List.copyOf(tasks.values());
    }

    public List<BooleanSpec> booleans() {
        readAll();
        return List.copyOf(booleans.values());
    }

    /** Every sequence-task variant name, and the Boolean-function name patterns. */
    public List<String> names() {
        readAll();
        List<String> out = new ArrayList<>(TaskNames.allNames(tasks.values()));
        booleans.values().forEach(b -> out.add(b.signature()));
        out.addAll(CompositionNames.allNames(compositions.values()));
        return out;
    }

    /** The Boolean function called {@code name}; a clear error when the name means another kind of task. */
    public BooleanFunction booleanFunction(String name) {
        return switch (resolve(name)) {
            case BooleanFunctionTask b -> b.function();
            case SequenceTask s -> throw new RaspError(s.name() + " is a sequence task, not a Boolean function");
        };
    }

    public LabelledTask resolve(String name) {
        return resolve(name, TaskOptions.NONE);
    }

    /**
     * The sequence task or Boolean function called {@code name} ({@link #task} narrowed to the
     * kinds that make labelled samples); a clear error when the name means another kind.
     */
    public LabelledTask resolve(String name, TaskOptions options) {
        return switch (task(name, options)) {
            case LabelledTask t -> t;
            case CompositionTask c -> throw new RaspError(c.name() + " is a composition variant, not a sequence task"
                    + " or a Boolean function");
            case MatrixTask m -> throw new RaspError(m.name() + " is a matrix-completion task, not a sequence task"
                    + " or a Boolean function");
            case ScratchpadTask p -> throw new RaspError(p.name() + " is a scratchpad parity task for a decoder (raspc"
                    + " train-boolean trains it), not a sequence task or a Boolean function");
        };
    }

    /**
     * The task called {@code name}, of any kind: a sequence-task variant ({@code reverse_26}), a
     * Boolean function ({@code parity_20}), a composition variant ({@code compose_random_50_step})
     * or a matrix variant ({@code matrix_7_rank2_p30}, which no file declares). Files are run
     * until one declares the name; a clear error listing close matches when none does.
     */
    public Task task(String name, TaskOptions options) {
        if (MatrixTask.isMatrixName(name)) {
            return MatrixTask.parse(name);
        }
        if (ScratchpadTask.isScratchpadName(name)) {
            return ScratchpadTask.parse(name);
        }
        do {
            Task found = resolveRead(name, options);
            if (found != null) {
                return found;
            }
        } while (readNext());
        throw unknown(name);
    }

    /** The task called {@code name} among the files run so far; null when none declares it. */
    private Task resolveRead(String name, TaskOptions options) {
        TaskVariant v = TaskNames.find(name, tasks.values());
        if (v != null) {
            TaskDefinition d = v.definition().with(options);
            return SequenceTask.of(new TaskVariant(v.name(), d, v.alphabet(), v.alphabetSize(), v.bos(), v.withAttns()));
        }
        if (!booleans.isEmpty() && name.matches(".*_[0-9]+")) {
            BooleanTask b = null;
            try {
                b = BooleanTaskName.parse(name, booleans);
            } catch (IllegalArgumentException e) {
                if (booleans.keySet().stream().anyMatch(name::startsWith)) {
                    throw new RaspError(e.getMessage());
                }
            }
            if (b != null) {
                return resolveBoolean(b, options);
            }
        }
        return CompositionNames.find(name, compositions.values().stream().map(c -> c.with(options)).toList());
    }

    private Task resolveBoolean(BooleanTask b, TaskOptions options) {
        try {
            return BooleanFunctionTask.of(b, options.seed() != null ? options.seed() : 0,
                    orDefault(options.train(), TaskDefinition.DEFAULT_TRAIN),
                    orDefault(options.valid(), TaskDefinition.DEFAULT_VALID),
                    orDefault(options.test(), TaskDefinition.DEFAULT_TEST));
        } catch (BoolSpecError e) {
            // the position is in the declaration (parity_0: n out of range), so name its file
            Path file = booleanFiles.get(b.spec().name());
            throw new RaspError(file == null ? null : FileNames.shown(file), e.pos(), e.detail());
        } catch (IllegalArgumentException e) {
            throw new RaspError(e.getMessage());
        }
    }

    /** The task a file stands for: its first declared task, default variant (e.g. sort_by_freq_26). */
    public String defaultTaskOf(Path file) {
        FileDeclarations d = declaredIn.get(key(file));
        if (d != null && d.tasks().isEmpty() && !d.compositions().isEmpty()) {
            return d.compositions().get(0).defaultVariantName();
        }
        if (d == null || d.tasks().isEmpty() && d.booleans().isEmpty()) {
            throw new RaspError(file + " declares no task (add 'task NAME { output = ...; }')");
        }
        if (d.tasks().isEmpty()) {
            throw new RaspError(file + " declares only Boolean functions: name one, e.g. " + d.booleans().get(0).name() + "_10");
        }
        return d.tasks().get(0).defaultVariantName();
    }

    private RaspError unknown(String name) {
        List<String> known = new ArrayList<>(TaskNames.allNames(tasks.values()));
        booleans.keySet().forEach(b -> known.add(b + "_<n>"));
        known.addAll(CompositionNames.allNames(compositions.values()));
        List<String> close = TaskNames.closeMatches(name, known, 5);
        StringBuilder message = new StringBuilder("unknown task '" + name + "'");
        if (!close.isEmpty()) {
            message.append("; did you mean: ").append(String.join(", ", close));
        } else if (!bases().isEmpty()) {
            message.append("; known bases: ").append(String.join(", ", bases()));
        }
        shadowedMatch(name).ifPresent(message::append);
        // a close match is most likely a typo; without one, the folders read are what to check
        if (folders != null && close.isEmpty()) {
            message.append(folders.folders().isEmpty() ? "; no languages folder was found (set " + TaskFolders.ENV
                    + "=DIR, or name a .rasp file)" : "; tasks are read from " + folders.describe());
        }
        failed.forEach((file, error) -> message.append("; not read: ").append(error));
        return new RaspError(message.toString());
    }

    /** "; reverse_10 belongs to the reverse of B, shadowed by the one in A" when a hidden declaration has the name. */
    private Optional<String> shadowedMatch(String name) {
        for (Map.Entry<Path, FileDeclarations> e : declaredIn.entrySet()) {
            for (TaskDefinition t : e.getValue().tasks()) {
                Path winner = taskFiles.get(t.name());
                if (!e.getKey().equals(winner) && TaskNames.find(name, List.of(t)) != null) {
                    return Optional.of("; " + name + " belongs to the " + t.name() + " of " + FileNames.shown(e.getKey())
                            + ", shadowed by the one in " + FileNames.shown(winner));
                }
            }
        }
        return Optional.empty();
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
