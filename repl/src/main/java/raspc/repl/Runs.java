package raspc.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds run folders: the one named, or the most recent one (of a task) under a runs folder. */
final class Runs {
    private Runs() {}

    /** The most recently written run folder (one holding config.json) under {@code root}, of {@code task} when given. */
    static Path latest(Path root, String task) {
        Path base = task == null ? root : root.resolve(task);
        if (!Files.isDirectory(base)) {
            throw new UserError(task == null ? "no runs folder " + root + ": train a model first (raspc train TASK)"
                    : "no runs of " + task + " under " + root + ": train one first (raspc train " + task + ")");
        }
        try (Stream<Path> configs = Files.find(base, task == null ? 3 : 2,
                (p, a) -> p.getFileName().toString().equals("config.json") && a.isRegularFile())) {
            Optional<Path> newest = configs.max(Comparator.comparing(Runs::modified));
            return newest.map(Path::getParent).orElseThrow(() -> new UserError("no run folders under " + base));
        } catch (IOException e) {
            throw new UserError("cannot search " + base + ": " + e.getMessage());
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
