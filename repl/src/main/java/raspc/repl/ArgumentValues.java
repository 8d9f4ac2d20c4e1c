package raspc.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jline.reader.Candidate;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.bool.BooleanSpec;
import raspc.compiler.task.TaskNames;
import raspc.compiler.TaskRegistry;

/** What completes a command's argument of each kind: task names, paths, run folders, s-ops. */
final class ArgumentValues {
    /** Kinds of values, named as the commands' help names them (their picocli parameter labels). */
    enum Kind {
        TASK, FILE, DIR, RUN, SOP;

        /** The kind a parameter label ({@code TASK}, {@code FILE}, ...) stands for, or null. */
        static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.name().equals(label.toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
            return null;
        }
    }

    /** What a run folder holds (see {@link Runs}). */
    private static final String RUN_MARKER = "config.json";

    private final Path workingDir;
    private final Session session;
    private List<Candidate> tasks;

    ArgumentValues(Path workingDir, Session session) {
        this.workingDir = workingDir;
        this.session = session;
    }

    List<Candidate> of(Kind kind, String prefix) {
        return switch (kind) {
            case TASK -> {
                // a task argument may also be a .rasp file
                List<Candidate> out = new ArrayList<>(tasksStartingWith(prefix));
                out.addAll(paths(prefix, f -> f.endsWith(".rasp")));
                yield out;
            }
            case FILE -> paths(prefix, f -> true);
            case DIR -> paths(prefix, f -> false);
            case RUN -> runFolders(prefix);
            case SOP -> sops(prefix);
        };
    }

    /** Inside {@code load "...}: folders and .rasp files, named without .rasp as load wants them. */
    List<Candidate> loadPaths(String prefix, boolean quoteFollows) {
        List<Candidate> out = new ArrayList<>();
        for (PathCandidates.Entry e : PathCandidates.entries(workingDir, prefix)) {
            if (e.directory()) {
                out.add(folder(e));
            } else if (e.name().endsWith(".rasp")) {
                String library = e.value().substring(0, e.value().length() - ".rasp".length());
                out.add(new Candidate(library + (quoteFollows ? "" : "\""), e.name(), null, null, null, null, false));
            }
        }
        return out;
    }

    private List<Candidate> paths(String prefix, Predicate<String> fileWanted) {
        List<Candidate> out = new ArrayList<>();
        for (PathCandidates.Entry e : PathCandidates.entries(workingDir, prefix)) {
            if (e.directory()) {
                out.add(folder(e));
            } else if (fileWanted.test(e.name())) {
                out.add(new Candidate(e.value(), e.name(), null, null, null, null, true));
            }
        }
        return out;
    }

    /** Folders, down to run folders (runs/TASK/ID), which end the word. */
    private List<Candidate> runFolders(String prefix) {
        List<Candidate> out = new ArrayList<>();
        for (PathCandidates.Entry e : PathCandidates.entries(workingDir, prefix)) {
            if (e.directory()) {
                out.add(Files.isRegularFile(e.path().resolve(RUN_MARKER))
                        ? new Candidate(e.value(), e.name(), null, null, null, null, true) : folder(e));
            }
        }
        return out;
    }

    private static Candidate folder(PathCandidates.Entry e) {
        return new Candidate(e.value() + "/", e.name() + "/", null, null, null, null, false);
    }

    private List<Candidate> sops(String prefix) {
        List<Candidate> out = new ArrayList<>();
        for (String name : session.names()) {
            if (name.startsWith(prefix) && session.get(name) instanceof Value.SopVal) {
                out.add(new Candidate(name));
            }
        }
        return out;
    }

    private List<Candidate> tasksStartingWith(String prefix) {
        return allTasks().stream().filter(c -> c.value().startsWith(prefix)).toList();
    }

    /**
     * Every task name, read once: sequence tasks with all their variants, and each Boolean
     * function's name with {@code _} (its size follows). None when the tasks cannot be read.
     */
    private List<Candidate> allTasks() {
        if (tasks == null) {
            List<Candidate> found = new ArrayList<>();
            try {
                TaskRegistry registry = TaskRegistry.standard();
                TaskNames.allNames(registry.tasks()).forEach(n -> found.add(new Candidate(n)));
                for (BooleanSpec b : registry.booleans()) {
                    String stem = b.name() + "_";
                    found.add(new Candidate(stem, stem + "<n>", null, null, null, null, false));
                }
            } catch (RuntimeException e) {
                // a broken languages folder: completion offers no tasks, the command will say why
            }
            tasks = found;
        }
        return tasks;
    }
}
