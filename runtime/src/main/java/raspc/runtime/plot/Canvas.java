package raspc.runtime.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A white RGB picture and its graphics with antialiased text: where every hand-drawn figure
 * (heatmaps, attention maps, the training curves' frame) starts. Close it to release the graphics.
 */
public record Canvas(BufferedImage image, Graphics2D graphics) implements AutoCloseable {
    static {
        Headless.ensure();
    }

    public static Canvas white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        PlotFonts.applyTextHints(g);
        g.setColor(Color.BLACK);
        return new Canvas(image, g);
    }

    /** Writes the picture atomically as a PNG. */
    public void writePng(Path target) {
        PngFiles.write(image, target);
    }

    @Override
    public void close() {
        graphics.dispose();
    }
}
