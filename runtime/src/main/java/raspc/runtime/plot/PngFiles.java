package raspc.runtime.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import raspc.compiler.files.AtomicFiles;

/**
 * Writes pictures atomically ({@link AtomicFiles}): {@code curves.png} is rewritten while a run is
 * interrupted and may be open in a viewer, which must never see half an image.
 */
final class PngFiles {
    private PngFiles() {}

    static void write(BufferedImage image, Path target) {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available in this JVM");
            }
        });
    }
}
