package raspc.compiler.files;

import java.nio.file.Path;

/** How messages name files. */
public final class FileNames {
    private FileNames() {}

    /**
     * Relative to the working directory when the file is inside it ({@code sub/helper.rasp}), so
     * messages stay short; absolute otherwise, so they stay unambiguous.
     */
    public static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDir = Path.of("").toAbsolutePath();
        boolean inside = workingDir.getParent() != null && absolute.startsWith(workingDir);
        return inside ? workingDir.relativize(absolute).toString() : absolute.toString();
    }
}
