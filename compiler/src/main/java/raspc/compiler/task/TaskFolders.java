package raspc.compiler.task;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import raspc.compiler.error.RaspError;
import raspc.compiler.files.FileNames;

/**
 * The folders task declarations are read from, in search order: the user's first, then the one
 * bundled with raspc, so a {@code languages/} folder of one's own adds tasks instead of hiding
 * the bundled ones (and a task of the same name shadows the bundled one).
 *
 * <p>The user's folders are those named by the system property {@value #PROPERTY} or else
 * {@code $RASPC_LANGUAGES} (several, separated like PATH), else the nearest {@code languages/}
 * folder holding {@code .rasp} files in or above the working directory. The bundled folder is the
 * nearest one above where raspc's classes are. A folder found twice is read once.
 *
 * @param folders each folder once, in search order
 */
public record TaskFolders(List<Folder> folders) {
    /** Environment variable naming the user's languages folders. */
    public static final String ENV = "RASPC_LANGUAGES";
    /** System property naming them; it wins over the environment variable. */
    public static final String PROPERTY = "raspc.languages";

    /** A folder and how it was found, in words ("bundled with raspc"). */
    public record Folder(Path dir, String origin) {}

    public TaskFolders {
        folders = List.copyOf(folders);
    }

    /** The folders for this process: its system property, environment and working directory. */
    public static TaskFolders ofSystem() {
        return find(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(""));
    }

    /**
     * The folders for a command run in {@code workingDir}; {@code property} and {@code env} are
     * the values of {@value #PROPERTY} and {@value #ENV} (null when unset).
     */
    public static TaskFolders find(String property, String env, Path workingDir) {
        List<Folder> found = new ArrayList<>();
        boolean fromProperty = property != null && !property.isBlank();
        String explicit = fromProperty ? property : env;
        if (explicit != null && !explicit.isBlank()) {
            String origin = fromProperty ? "from -D" + PROPERTY : "from " + ENV;
            for (String part : explicit.split(File.pathSeparator)) {
                if (part.isBlank()) {
                    continue;
                }
                Path dir = workingDir.resolve(part).toAbsolutePath().normalize();
                if (!Files.isDirectory(dir)) {
                    throw new RaspError(ENV + " (or -D" + PROPERTY + ") names " + part + ", which is not a folder");
                }
                add(found, new Folder(dir, origin));
            }
        } else {
            Path nearest = searchUpwards(workingDir.toAbsolutePath());
            if (nearest != null) {
                add(found, new Folder(nearest, "the nearest languages/ folder"));
            }
        }
        Path bundled = bundled();
        if (bundled != null) {
            add(found, new Folder(bundled, "bundled with raspc"));
        }
        return new TaskFolders(found);
    }

    /** The languages folder that comes with raspc: the nearest above its classes; null if none. */
    public static Path bundled() {
        try {
            return searchUpwards(Path.of(TaskFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return null; // no code source (unusual class loaders): no installation folder to search
        }
    }

    /** The folders as {@value #ENV} would list them, for a child process that must read the same. */
    public String asPathList() {
        return String.join(File.pathSeparator, folders.stream().map(f -> f.dir().toString()).toList());
    }

    /** For messages: {@code languages (the nearest languages/ folder), /opt/raspc/languages (bundled with raspc)}. */
    public String describe() {
        return String.join(", ", folders.stream().map(f -> FileNames.shown(f.dir()) + " (" + f.origin() + ")").toList());
    }

    /** Adds a folder, or, when it is already there (the repository's own languages/), its origin. */
    private static void add(List<Folder> found, Folder folder) {
        Path real = realPath(folder.dir());
        for (int i = 0; i < found.size(); i++) {
            Folder f = found.get(i);
            if (realPath(f.dir()).equals(real)) {
                found.set(i, new Folder(f.dir(), f.origin() + "; " + folder.origin()));
                return;
            }
        }
        found.add(folder);
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static Path searchUpwards(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("languages");
            if (Files.isDirectory(candidate) && holdsRaspFiles(candidate)) {
                return candidate.normalize();
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
}
