package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import raspc.compiler.task.TaskFolders;
import raspc.compiler.task.TaskListing;

/**
 * The text of {@code raspc tasks}: per folder, in search order, its files and what each declares,
 * aligned in two columns, with shadowed names and failed files marked.
 */
final class TaskListingText {
    private final Path workingDir;

    TaskListingText(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    String render(List<TaskListing> folders) {
        if (folders.isEmpty()) {
            return "no languages folder was found (set " + TaskFolders.ENV + "=DIR, or name a .rasp file)\n";
        }
        int width = folders.stream().flatMap(f -> f.files().stream()).flatMap(f -> f.declared().stream())
                .mapToInt(d -> d.name().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (TaskListing folder : folders) {
            b.append(shown(folder.dir())).append(" (").append(folder.origin()).append(")\n");
            if (folder.files().isEmpty()) {
                b.append("  no .rasp files\n");
            }
            for (TaskListing.FileEntry file : folder.files()) {
                b.append("  ").append(file.file().getFileName()).append('\n');
                if (file.error() != null) {
                    b.append("    error: ").append(file.error()).append('\n');
                } else if (file.declared().isEmpty()) {
                    b.append("    (declares no task)\n");
                }
                for (TaskListing.Declared d : file.declared()) {
                    b.append("    ").append(d.name()).append(" ".repeat(width - d.name().length() + 2)).append(describe(d)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private String describe(TaskListing.Declared d) {
        if (d.shadowedBy() != null) {
            return "shadowed by " + shown(d.shadowedBy());
        }
        String text = d.variants();
        if (!d.shadows().isEmpty()) {
            text += " (shadows " + String.join(", ", d.shadows().stream().map(this::shown).toList()) + ")";
        }
        return text;
    }

    /** Relative to the working directory when inside it, as the user would type it. */
    private String shown(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) && !absolute.equals(workingDir) ? workingDir.relativize(absolute).toString()
                : absolute.toString();
    }
}
