package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotFontsTest {
    @Test
    void textProducesInkOnThisMachine() {
        assertTrue(PlotFonts.inkPixels("Attention 0.97") > 50, "no usable font for " + PlotFonts.family());
        assertEquals(Font.BOLD, PlotFonts.bold(12).getStyle());
        assertEquals(12f, PlotFonts.plain(12).getSize2D());
    }

    @Test
    void picturesUseTheBundledDejaVuSansNotWhateverTheSystemHas() {
        assertEquals("DejaVu Sans", PlotFonts.family());
        assertEquals("DejaVu Sans", PlotFonts.bold(12).getFamily());
        assertTrue(PlotFonts.bold(12).getFontName().contains("Bold"), PlotFonts.bold(12).getFontName());
    }

    @Test
    void fallsBackToTheLogicalFontWhenNothingElseLoads() {
        Font f = PlotFonts.load("/no/such/font.ttf", List.of("/no/such/resource.ttf"));
        assertEquals(Font.SANS_SERIF, f.getName());
    }

    @Test
    void loadsATrueTypeFileWithoutTheSystemFontList() {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isReadable(dejavu), "no DejaVu file on this machine to load");
        Font f = PlotFonts.load(dejavu.toString(), List.of());
        assertEquals("DejaVu Sans", f.getFamily());
    }
}
