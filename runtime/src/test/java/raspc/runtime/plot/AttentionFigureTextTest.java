package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text around the heat maps: row and column labels, the title's lines, and the picture's width. */
class AttentionFigureTextTest {
    private static final int WHITE = Color.WHITE.getRGB();
    private static final List<String> ABCAB = List.of("a", "b", "c", "a", "b");
    private static final String LONG_TITLE =
            "reverse_10_with_attns  run 20261202-054414 \u2014 layer 1: attention probabilities vs target pattern";

    @Test
    void everyRowAndColumnLabelCarriesItsPosition() {
        FigureLayout layout = render(ABCAB, "t", false).layout();
        assertEquals(List.of(new AxisLabel("a", 0), new AxisLabel("b", 1), new AxisLabel("c", 2),
                new AxisLabel("a", 3), new AxisLabel("b", 4)), layout.labels());
        assertTrue(layout.legend().get(0).contains("each with its position"), layout.legend().toString());
    }

    @Test
    void repeatedTokensAreDrawnWithDifferentLabels() {
        AttentionFigureRenderer.Rendered r = render(ABCAB, "t", false);
        PanelLayout p = r.layout().panels().get(0);
        Rectangle grid = p.grid();
        int c = p.cellSize();
        assertFalse(r.layout().keyLabelsRotated());
        // query labels: the band left of rows 0 and 3 (both "a"); key labels: the band above columns 0 and 3
        int[] row0 = pixels(r.image(), new Rectangle(AttentionLayout.MARGIN, grid.y, grid.x - AttentionLayout.MARGIN, c));
        int[] row3 = pixels(r.image(), new Rectangle(AttentionLayout.MARGIN, grid.y + 3 * c, grid.x - AttentionLayout.MARGIN, c));
        int[] column0 = pixels(r.image(), new Rectangle(grid.x, grid.y - 24, c, 22));
        int[] column3 = pixels(r.image(), new Rectangle(grid.x + 3 * c, grid.y - 24, c, 22));
        assertTrue(ink(row0) > 20 && ink(column0) > 20, "labels missing");
        assertFalse(Arrays.equals(row0, row3), "rows 0 and 3 look the same");
        assertFalse(Arrays.equals(column0, column3), "columns 0 and 3 look the same");
    }

    @Test
    void aLongTokenIsShortenedButKeepsItsPositionAndOneLongLabelDoesNotTurnTheColumnLabels() {
        FigureLayout layout = render(List.of("<BOS>", "word137_extra_long", "b"), "t", false).layout();
        assertEquals(new AxisLabel("word137_e\u2026", 1), layout.labels().get(1));
        assertFalse(AttentionFigureRenderer.render(AttentionFigure.of("t", List.of("<BOS>", "a", "b", "c", "d"),
                Figures.heads(1, 5, new Random(1)), MapKind.PROBABILITIES)).layout().keyLabelsRotated(),
                "a lone <BOS> label fits over its column");
    }

    @Test
    void aSingleHeadPictureWrapsItsLongTitleInsteadOfLeavingEmptySpace() {
        AttentionFigureRenderer.Rendered r = render(ABCAB, LONG_TITLE, true);
        FigureLayout layout = r.layout();
        List<String> title = layout.title();
        assertEquals(2, title.size(), "title not wrapped, or wrapped more than needed: " + title);
        assertEquals(LONG_TITLE, String.join(AttentionLayout.TITLE_SEPARATOR, title), "words lost in wrapping");
        int right = rightmostInk(r.image());
        assertTrue(right < layout.width() - 4, "text cut off at the right edge");
        assertTrue(layout.width() - right <= AttentionLayout.MARGIN + 8,
                "empty band at the right: ink ends at " + right + " of " + layout.width());
        // the second title line is painted, above the head's header
        Rectangle secondLine = new Rectangle(0, AttentionLayout.MARGIN + 20, layout.width(), 18);
        assertTrue(secondLine.y + secondLine.height <= layout.panels().get(0).bounds().y, "title runs into the panel");
        assertTrue(ink(pixels(r.image(), secondLine)) > 50, "second title line missing");
    }

    @Test
    void aShortTitleStaysOnOneLine() {
        assertEquals(List.of("sort \u2014 layer 0"), render(ABCAB, "sort \u2014 layer 0", false).layout().title());
    }

    private static AttentionFigureRenderer.Rendered render(List<String> tokens, String title, boolean overlay) {
        int n = tokens.size();
        Random random = new Random(2);
        HeadPanel head = new HeadPanel("layer 1 head 0", Figures.random(n, random, 0, 1), Figures.pattern(n, random));
        return AttentionFigureRenderer.render(AttentionFigure.of(title, tokens, List.of(head), MapKind.PROBABILITIES)
                .withOverlay(overlay));
    }

    private static int[] pixels(BufferedImage img, Rectangle area) {
        return img.getRGB(area.x, area.y, area.width, area.height, null, 0, area.width);
    }

    private static int ink(int[] pixels) {
        return (int) Arrays.stream(pixels).filter(p -> p != WHITE).count();
    }

    private static int rightmostInk(BufferedImage img) {
        for (int x = img.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < img.getHeight(); y++) {
                if (img.getRGB(x, y) != WHITE) {
                    return x;
                }
            }
        }
        return -1;
    }
}
