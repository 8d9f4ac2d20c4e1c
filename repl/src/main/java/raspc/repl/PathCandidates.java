package raspc.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files and folders a partly typed path can go on to, as a shell completes them. */
final class PathCandidates {
    /**
     * One folder entry.
     *
     * @param value     the path as typed so far plus the entry's name ({@code examples/paper.rasp})
     * @param name      the entry's name alone, for the list shown
     * @param path      where it is
     * @param directory whether it is a folder
     */
    record Entry(String value, String name, Path path, boolean directory) {}

    private PathCandidates() {}

    /**
     * The entries of the folder {@code prefix} names (relative to {@code workingDir} unless
     * absolute) whose names start with the rest of {@code prefix}. Hidden entries only when
     * that rest starts with a dot. A folder that cannot be read has no entries.
     */
    static List<Entry> entries(Path workingDir, String prefix) {
        int slash = prefix.lastIndexOf('/');
        String folderPart = prefix.substring(0, slash + 1);
        String namePart = prefix.substring(slash + 1);
        Path folder = workingDir.resolve(folderPart.isEmpty() ? "." : folderPart);
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(namePart) && (namePart.startsWith(".") || !name.startsWith("."))) {
                    out.add(new Entry(folderPart + name, name, p, Files.isDirectory(p)));
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of(); // no such folder, or not readable: nothing to offer
        }
        return out;
    }
}
