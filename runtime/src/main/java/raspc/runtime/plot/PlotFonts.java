package raspc.runtime.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts used in every picture (attention maps and, through the chart theme, the training
 * curves), so the face is chosen in one place. By default the JDK's logical
 * {@link Font#SANS_SERIF} family: it maps to whatever sans-serif face fontconfig offers (DejaVu
 * Sans on Debian), so no font name has to exist on the machine. A machine with no system fonts
 * at all can still draw text from a TrueType file: the system property {@code raspc.plot.font}
 * (a .ttf path) or a font found on the classpath at one of {@link #CLASSPATH_FONTS} (for example
 * from the {@code net.sf.jasperreports:jasperreports-fonts} jar, which carries DejaVu Sans) is
 * loaded with {@link Font#createFont}, which needs no fontconfig. {@link #inkPixels(String)}
 * lets tests and callers check that text really produces pixels on this machine.
 */
public final class PlotFonts {
    static {
        Headless.ensure();
    }

    /** Where a bundled TrueType font is looked for on the classpath, first match wins. */
    static final List<String> CLASSPATH_FONTS = List.of(
            "/raspc/fonts/DejaVuSans.ttf",
            "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");

    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    private static final Font BASE = load(System.getProperty("raspc.plot.font"), CLASSPATH_FONTS);
    /** A real bold face beside a loaded .ttf ("X.ttf" -> "X-Bold.ttf"); a plain TTF derives no bold. */
    private static final Font BOLD = boldFor(System.getProperty("raspc.plot.font"), CLASSPATH_FONTS);

    private PlotFonts() {
    }

    public static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    /** The face every picture uses, e.g. "SansSerif" or "DejaVu Sans". */
    public static String family() {
        return BASE.getFamily();
    }

    private static Font boldFor(String fontFile, List<String> resources) {
        if (BASE.getFamily().equals(Font.SANS_SERIF)) {
            return BASE;
        }
        String file = fontFile == null || fontFile.isBlank() ? null : boldName(fontFile);
        Font bold = load(file, resources.stream().map(PlotFonts::boldName).toList(), true);
        return bold == null || !bold.getFamily().equals(BASE.getFamily()) ? BASE : bold;
    }

    static String boldName(String ttf) {
        return ttf.replaceFirst("(?i)\\.ttf$", "-Bold.ttf");
    }

    static Font load(String fontFile, List<String> resources) {
        return load(fontFile, resources, false);
    }

    /**
     * The base font: the file named by {@code fontFile} if set and loadable, else the first
     * loadable classpath resource, else the logical sans-serif font. A font that fails to load is
     * reported once on stderr and skipped: pictures with a fallback face beat no pictures.
     */
    private static Font load(String fontFile, List<String> resources, boolean quiet) {
        if (fontFile != null && !fontFile.isBlank() && !(quiet && !Files.isReadable(Path.of(fontFile)))) {
            try (InputStream in = Files.newInputStream(Path.of(fontFile))) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException | RuntimeException e) {
                System.err.println("raspc: cannot load font " + fontFile + " (raspc.plot.font): " + e.getMessage()
                        + "; using the system sans-serif font");
            }
        }
        for (String resource : resources) {
            try (InputStream in = PlotFonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return Font.createFont(Font.TRUETYPE_FONT, in);
                }
            } catch (IOException | FontFormatException | RuntimeException e) {
                System.err.println("raspc: cannot load font resource " + resource + ": " + e.getMessage());
            }
        }
        return quiet ? null : new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /** Metrics for layout, measured with the same rendering hints the painters use. */
    static FontMetrics metrics(Font font) {
        Graphics2D g = SCRATCH.createGraphics();
        try {
            applyTextHints(g);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    static int width(Font font, String text) {
        return metrics(font).stringWidth(text);
    }

    static void applyTextHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /**
     * Draws {@code text} black on white and counts the pixels that are not white: zero means
     * this JVM cannot render text (no usable font), so every label would silently be missing.
     */
    public static int inkPixels(String text) {
        Font font = plain(16);
        int w = Math.max(1, width(font, text) + 8);
        BufferedImage img;
        try (Canvas canvas = Canvas.white(w, 32)) {
            img = canvas.image();
            canvas.graphics().setFont(font);
            canvas.graphics().drawString(text, 4, 22);
        }
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
