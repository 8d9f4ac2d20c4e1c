package raspc.compiler.task;

import java.nio.file.Path;
import java.util.List;

/**
 * One folder's part of what {@code raspc tasks} shows: its files in reading order, and for each
 * what it declares or why it could not be read.
 *
 * @param origin how the folder was found, in words (see {@link TaskFolders.Folder})
 */
public record TaskListing(Path dir, String origin, List<FileEntry> files) {
    public TaskListing {
        files = List.copyOf(files);
    }

    /** A file and its declarations; {@code error} (a located message) when it failed to run. */
    public record FileEntry(Path file, List<Declared> declared, String error) {
        public FileEntry {
            declared = List.copyOf(declared);
        }
    }

    /**
     * A task base or Boolean function ({@code reverse}, {@code parity(n)}) and its names in words.
     *
     * @param shadowedBy the file whose declaration of the same name is used instead; null when this one is
     * @param shadows    the other files declaring the name, when this declaration is the one used
     */
    public record Declared(String name, String variants, Path shadowedBy, List<Path> shadows) {
        public Declared {
            shadows = List.copyOf(shadows);
        }
    }
}
