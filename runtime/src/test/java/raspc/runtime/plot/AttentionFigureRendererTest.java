package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttentionFigureRendererTest {
    private static final int BACKGROUND = Color.WHITE.getRGB();

    @Test
    void writesADecodablePngOfTheLayoutSizeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        AttentionFigure f = AttentionFigure.of("t", Figures.tokens(7), Figures.heads(2, 7, new Random(1)),
                MapKind.PROBABILITIES);
        Path png = dir.resolve("sub/layer0.png");
        FigureLayout layout = AttentionFigureRenderer.write(f, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "PNG does not decode");
        assertEquals(layout.width(), img.getWidth());
        assertEquals(layout.height(), img.getHeight());
        try (Stream<Path> files = Files.list(png.getParent())) {
            assertEquals(List.of(png), files.toList());
        }
    }

    @ParameterizedTest
    @CsvSource({"5,1,56,1,1", "5,4,56,1,4", "12,2,56,1,2", "40,1,18,1,1", "40,4,18,2,2", "100,3,12,2,2"})
    void layoutScalesWithTokensAndWrapsHeads(int n, int heads, int cell, int rows, int columns) {
        AttentionFigure f = AttentionFigure.of("title", Figures.tokens(n), Figures.heads(heads, n, new Random(n)),
                MapKind.PROBABILITIES);
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(f);
        FigureLayout layout = r.layout();
        assertEquals(heads, layout.panelCount());
        assertEquals(cell, layout.cellSize());
        assertEquals(rows, layout.rows());
        assertEquals(columns, layout.columns());
        Rectangle image = new Rectangle(0, 0, r.image().getWidth(), r.image().getHeight());
        for (PanelLayout p : layout.panels()) {
            assertEquals(new Rectangle(p.grid().x, p.grid().y, n * cell, n * cell), p.grid());
            assertTrue(p.bounds().contains(p.grid()), "grid outside its panel");
            assertTrue(image.contains(p.bounds()), "panel " + p.index() + " clipped");
            for (PanelLayout other : layout.panels()) {
                assertTrue(p == other || !p.bounds().intersects(other.bounds()), "panels overlap");
            }
            assertFalse(p.bounds().intersects(layout.colourBar()), "colour bar over a panel");
        }
        assertTrue(image.contains(layout.colourBar()));
        assertMarginIsBlank(r.image());
    }

    @Test
    void eachCellHasTheColourOfItsOwnHeadsValueWithRowsAsQueries() {
        int n = 9;
        Random random = new Random(3);
        List<HeadPanel> heads = Figures.heads(3, n, random);
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(
                AttentionFigure.of("t", Figures.tokens(n), heads, MapKind.PROBABILITIES));
        ColourScale scale = r.layout().scale();
        for (PanelLayout p : r.layout().panels()) {
            float[][] v = heads.get(p.index()).values();
            for (int q = 0; q < n; q++) {
                for (int k = 0; k < n; k++) {
                    Rectangle c = p.cell(q, k);
                    assertEquals(scale.colour(v[q][k]).getRGB(), r.image().getRGB(c.x + c.width / 2, c.y + c.height / 2),
                            "head " + p.index() + " cell (" + q + "," + k + ")");
                }
            }
        }
    }

    @Test
    void overlayOutlinesExactlyTheTargetCells() {
        int n = 12;
        Random random = new Random(11);
        boolean[][] target = Figures.pattern(n, random);
        List<HeadPanel> heads = List.of(
                new HeadPanel("with target", Figures.random(n, random, 0, 1), target),
                new HeadPanel("without target", Figures.random(n, random, 0, 1)));
        AttentionFigure figure = AttentionFigure.of("t", Figures.tokens(n), heads, MapKind.PROBABILITIES);
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(figure.withOverlay(true));
        int outline = ColourMap.VIRIDIS.outline().getRGB();
        PanelLayout withTarget = r.layout().panels().get(0);
        int selected = 0;
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                Rectangle c = withTarget.cell(q, k);
                if (target[q][k]) {
                    selected++;
                    assertRing(r.image(), c, outline, "(" + q + "," + k + ")");
                } else {
                    assertEquals(0, count(r.image(), c, outline), "outline in unselected cell (" + q + "," + k + ")");
                }
            }
        }
        assertTrue(selected > 10, "pattern too sparse to test anything");
        assertEquals(0, count(r.image(), r.layout().panels().get(1).grid(), outline), "head without target");

        AttentionFigureRenderer.Rendered plain = AttentionFigureRenderer.render(figure);
        assertEquals(0, count(plain.image(), plain.layout().panels().get(0).grid(), outline), "overlay off");
        assertTrue(r.layout().panels().get(0).caption().startsWith("mass on target"));
    }

    @Test
    void numbersPutTextInEveryCellAndNoneWithout() {
        int n = 6;
        List<HeadPanel> heads = Figures.heads(1, n, new Random(5));
        AttentionFigure f = AttentionFigure.of("t", Figures.tokens(n), heads, MapKind.PROBABILITIES);
        AttentionFigureRenderer.Rendered with = AttentionFigureRenderer.render(f.withNumbers(2));
        AttentionFigureRenderer.Rendered without = AttentionFigureRenderer.render(f);
        assertEquals(FigureLayout.Numbers.SHOWN, with.layout().numbers());
        assertEquals(FigureLayout.Numbers.OFF, without.layout().numbers());
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                Rectangle c = with.layout().panels().get(0).cell(q, k);
                int fill = with.image().getRGB(c.x + 1, c.y + 1);
                assertTrue(c.width * c.height - count(with.image(), c, fill) > 10, "no text in (" + q + "," + k + ")");
                Rectangle d = without.layout().panels().get(0).cell(q, k);
                assertEquals(d.width * d.height, count(without.image(), d, without.image().getRGB(d.x, d.y)));
            }
        }
        assertTrue(with.layout().legend().stream().anyMatch(l -> l.contains("2 decimals")));
    }

    @Test
    void numbersThatCannotFitAreHiddenAndTheLegendSaysSo() {
        int n = 100;
        AttentionFigure f = AttentionFigure.of("t", Figures.tokens(n),
                List.of(new HeadPanel("h", Figures.random(n, new Random(2), -1000, 1000))), MapKind.SCORES)
                .withNumbers(4);
        FigureLayout layout = AttentionFigureRenderer.render(f).layout();
        assertEquals(FigureLayout.Numbers.HIDDEN_TOO_SMALL, layout.numbers());
        assertTrue(layout.legend().stream().anyMatch(l -> l.contains("numbers hidden")));
    }

    @Test
    void labelsAndTitleRenderAsInk() {
        assertTrue(PlotFonts.inkPixels("abc") > 20, "this JVM renders no text: no usable font");
        int n = 5;
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(AttentionFigure.of("Title",
                Figures.tokens(n), Figures.heads(1, n, new Random(1)), MapKind.PROBABILITIES));
        Rectangle grid = r.layout().panels().get(0).grid();
        int cell = r.layout().cellSize();
        Rectangle queryLabelRow0 = new Rectangle(AttentionLayout.MARGIN, grid.y, grid.x - AttentionLayout.MARGIN, cell);
        Rectangle keyLabels = new Rectangle(grid.x, grid.y - 20, grid.width, 18);
        Rectangle title = new Rectangle(0, 0, r.image().getWidth(), AttentionLayout.MARGIN + 10);
        for (Rectangle area : List.of(queryLabelRow0, keyLabels, title)) {
            assertTrue(area.width * area.height - count(r.image(), area, BACKGROUND) > 10, "no text in " + area);
        }
    }

    @Test
    void scoresOfBothSignsUseADivergingScaleCentredAtZeroAndMaskedCellsAreGrey() {
        float[][] m = {{-2f, 1f}, {Float.NEGATIVE_INFINITY, 0.5f}};
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(AttentionFigure.of("t",
                List.of("x", "y"), List.of(new HeadPanel("h", m)), MapKind.SCORES));
        ColourScale s = r.layout().scale();
        assertEquals(ColourMap.BLUE_RED, s.map());
        assertEquals(-2, s.min(), 1e-9);
        assertEquals(2, s.max(), 1e-9);
        Rectangle masked = r.layout().panels().get(0).cell(1, 0);
        assertEquals(ColourScale.MISSING.getRGB(), r.image().getRGB(masked.x + 3, masked.y + masked.height / 2));
        assertTrue(r.layout().legend().stream().anyMatch(l -> l.contains("masked")));
    }

    @Test
    void rejectsMatricesThatDoNotMatchTheTokens() {
        List<HeadPanel> heads = List.of(new HeadPanel("layer 1 head 0", new float[3][4]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttentionFigure.of("t", Figures.tokens(3), heads, MapKind.PROBABILITIES));
        assertTrue(e.getMessage().contains("layer 1 head 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AttentionFigure.of("t", Figures.tokens(3), List.of(new HeadPanel("h", new float[3][3],
                        new boolean[2][3])), MapKind.PROBABILITIES));
    }

    @Test
    void longTokensAreShortenedAndKeyLabelsRotatedWithoutClipping() {
        List<String> tokens = List.of("<BOS>", "a_very_long_token_name", "b", "supercalifragilistic");
        AttentionFigureRenderer.Rendered r = AttentionFigureRenderer.render(AttentionFigure.of("t", tokens,
                Figures.heads(2, 4, new Random(9)), MapKind.PROBABILITIES).withNumbers(3));
        assertTrue(r.layout().keyLabelsRotated());
        assertEquals("a_very_lo\u2026", AttentionLayout.shorten(tokens.get(1)));
        assertMarginIsBlank(r.image());
    }

    /** Nothing may touch the outer 4 pixels: text or cells there would mean something was cut off. */
    private static void assertMarginIsBlank(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        assertEquals(0, 4 * w - count(img, new Rectangle(0, 0, w, 4), BACKGROUND), "ink at top edge");
        assertEquals(0, 4 * w - count(img, new Rectangle(0, h - 4, w, 4), BACKGROUND), "ink at bottom edge");
        assertEquals(0, 4 * h - count(img, new Rectangle(0, 0, 4, h), BACKGROUND), "ink at left edge");
        assertEquals(0, 4 * h - count(img, new Rectangle(w - 4, 0, 4, h), BACKGROUND), "ink at right edge");
    }

    private static void assertRing(BufferedImage img, Rectangle c, int colour, String where) {
        for (int i = 0; i < c.width; i++) {
            for (int t = 0; t < AttentionFigureRenderer.OUTLINE; t++) {
                assertEquals(colour, img.getRGB(c.x + i, c.y + t), "top of " + where);
                assertEquals(colour, img.getRGB(c.x + i, c.y + c.height - 1 - t), "bottom of " + where);
                assertEquals(colour, img.getRGB(c.x + t, c.y + i), "left of " + where);
                assertEquals(colour, img.getRGB(c.x + c.width - 1 - t, c.y + i), "right of " + where);
            }
        }
        assertTrue(img.getRGB(c.x + c.width / 2, c.y + c.height / 2) != colour, "cell filled, not outlined: " + where);
    }

    static int count(BufferedImage img, Rectangle area, int rgb) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (img.getRGB(x, y) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
