package raspc.runtime.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plans an attention figure's geometry before anything is drawn: the cell size from the number of
 * tokens (so labels stay readable up to ~40 tokens and the picture stays under a few thousand
 * pixels up to ~100), label fonts and rotation, how many panels per row, where the colour bar and
 * legend go, and whether cell numbers fit. Everything is measured with the real font metrics so
 * nothing is clipped.
 */
final class AttentionLayout {
    static {
        Headless.ensure();
    }

    static final int MARGIN = 16;
    static final int PANEL_GAP_X = 32;
    static final int PANEL_GAP_Y = 24;
    static final int MAX_ROW_WIDTH = 2600;
    static final int MAX_LABEL_CHARS = 10;
    static final int BAR_WIDTH = 16;
    static final int BAR_GAP = 28;
    static final int TICK = 4;
    /** Cells are never larger than this (5 tokens look fine at 56 px) nor smaller than the minimum. */
    static final int MAX_CELL = 56;
    static final int MIN_CELL = 12;
    /** With numbers, cells may grow up to this to make room for them. */
    static final int MAX_CELL_FOR_NUMBERS = 44;
    /** Where a long title may break onto the next line, e.g. "sort  run x — layer 0: attention probabilities". */
    static final String TITLE_SEPARATOR = " \u2014 ";
    static final String LEGEND_SEPARATOR = "; ";

    /** The fonts of one figure; the painter uses the same ones the layout was measured with. */
    record Fonts(Font title, Font header, Font caption, Font label, Font number, Font tick, Font legend) {
    }

    /** The layout plus what the painter needs and the public record does not expose. */
    record Plan(FigureLayout layout, Fonts fonts, AxisLabels labels, CellNumbers numbers,
                int titleBaseline, int titleLineHeight, int legendTop, String barCaption) {
    }

    private AttentionLayout() {
    }

    /** Cell size for {@code n} tokens before numbers are considered: ~720 px grids, clamped. */
    static int baseCellSize(int n) {
        return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.round(720f / n)));
    }

    static Plan plan(AttentionFigure figure) {
        int n = figure.size();
        ColourScale scale = ColourScale.forKind(figure.kind(), figure.matrices());

        int cell = baseCellSize(n);
        NumberChoice numbers = NumberChoice.OFF;
        if (figure.numberDecimals().isPresent()) {
            int d = figure.numberDecimals().getAsInt();
            int wanted = widestNumber(figure, new CellNumbers(d, false), PlotFonts.plain(9f)) + 6;
            // grow cells for the numbers, but keep a grid under ~1200 px: past that, smaller numbers
            // (or none, said in the legend) are better than a picture nobody can take in
            cell = Math.max(cell, Math.min(Math.min(MAX_CELL_FOR_NUMBERS, 1200 / n), wanted));
            numbers = chooseNumbers(figure, d, cell);
        }

        Font labelFont = PlotFonts.plain(Math.max(9, Math.min(13, cell - 4)));
        Fonts fonts = new Fonts(PlotFonts.bold(16), PlotFonts.bold(13), PlotFonts.plain(11), labelFont,
                numbers.font, PlotFonts.plain(11), PlotFonts.plain(11));
        AxisLabels labels = new AxisLabels(figure.tokens(), labelFont);

        FontMetrics lm = PlotFonts.metrics(labelFont);
        int maxLabel = labels.widest();
        boolean rotated = labels.crowdedAcross(cell);
        int keyBand = (rotated ? maxLabel : lm.getAscent() + lm.getDescent() + labels.indexDrop()) + 6;
        int queryBand = maxLabel + 8;

        FontMetrics hm = PlotFonts.metrics(fonts.header());
        FontMetrics cm = PlotFonts.metrics(fonts.caption());
        List<String> captions = figure.heads().stream()
                .map(h -> figure.overlayTargets() ? TargetAgreement.caption(h, figure.kind()) : "")
                .toList();
        boolean anyCaption = captions.stream().anyMatch(c -> !c.isEmpty());
        int headerHeight = hm.getAscent() + hm.getDescent() + (anyCaption ? cm.getHeight() : 0) + 6;
        int headerWidth = 0;
        for (int i = 0; i < figure.heads().size(); i++) {
            headerWidth = Math.max(headerWidth, hm.stringWidth(figure.heads().get(i).label()));
            headerWidth = Math.max(headerWidth, cm.stringWidth(captions.get(i)));
        }

        int gridSize = n * cell;
        int panelWidth = Math.max(queryBand + gridSize + (rotated ? 0 : labels.overhangAcross(cell)), headerWidth);
        int panelHeight = headerHeight + keyBand + gridSize;

        int heads = figure.heads().size();
        int perRow = Math.max(1, Math.min(heads, (MAX_ROW_WIDTH + PANEL_GAP_X) / (panelWidth + PANEL_GAP_X)));
        int rows = (heads + perRow - 1) / perRow;
        int columns = (heads + rows - 1) / rows; // balance rows: 4 heads as 2x2, not 3+1
        int panelsRight = MARGIN + columns * panelWidth + (columns - 1) * PANEL_GAP_X;

        FontMetrics km = PlotFonts.metrics(fonts.tick());
        String barCaption = figure.kind() == MapKind.PROBABILITIES ? "probability" : "score";
        int barX = panelsRight + BAR_GAP;
        int tickWidth = scale.ticks().stream().mapToInt(t -> km.stringWidth(ColourScale.tickLabel(t))).max().orElse(0);
        int contentRight = Math.max(barX + BAR_WIDTH + TICK + 3 + tickWidth, barX + km.stringWidth(barCaption));

        // The picture is as wide as its panels and colour bar; the title and legend wrap to that
        // width instead of widening it (a single head's picture was mostly empty space beside a
        // long title). Only a piece that cannot be broken (a title part, a legend part) widens it.
        FontMetrics tm = PlotFonts.metrics(fonts.title());
        FontMetrics gm = PlotFonts.metrics(fonts.legend());
        List<String> titleParts = List.of(figure.title().split(Pattern.quote(TITLE_SEPARATOR)));
        List<String> parts = legendParts(figure, numbers.state, numbers.decimals);
        int widestPart = Math.max(parts.stream().mapToInt(gm::stringWidth).max().orElse(0),
                titleParts.stream().mapToInt(tm::stringWidth).max().orElse(0));
        int width = Math.max(contentRight, MARGIN + widestPart) + MARGIN;
        List<String> title = wrap(titleParts, TITLE_SEPARATOR, tm, width - 2 * MARGIN);
        List<String> legend = wrap(parts, LEGEND_SEPARATOR, gm, width - 2 * MARGIN);

        int titleBaseline = MARGIN + tm.getAscent();
        int top = MARGIN + (title.size() - 1) * tm.getHeight() + tm.getAscent() + tm.getDescent() + 12;
        List<PanelLayout> panels = new ArrayList<>();
        for (int i = 0; i < heads; i++) {
            int px = MARGIN + (i % columns) * (panelWidth + PANEL_GAP_X);
            int py = top + (i / columns) * (panelHeight + PANEL_GAP_Y);
            Rectangle bounds = new Rectangle(px, py, panelWidth, panelHeight);
            Rectangle grid = new Rectangle(px + queryBand, py + headerHeight + keyBand, gridSize, gridSize);
            panels.add(new PanelLayout(i, figure.heads().get(i).label(), captions.get(i), bounds, grid, n, cell));
        }
        int panelsBottom = top + rows * panelHeight + (rows - 1) * PANEL_GAP_Y;
        int barHeight = Math.max(160, Math.min(480, gridSize));
        Rectangle bar = new Rectangle(barX, panels.get(0).grid().y, BAR_WIDTH, barHeight);
        int contentBottom = Math.max(panelsBottom, bar.y + bar.height + km.getDescent() + km.getAscent() / 2);
        int legendTop = contentBottom + 14;
        int height = legendTop + legend.size() * gm.getHeight() + MARGIN;

        FigureLayout layout = new FigureLayout(width, height, cell, columns, rows, panels, bar, scale,
                numbers.state, numbers.font == null ? 0f : numbers.font.getSize2D(), rotated, title, labels.labels(),
                legend);
        return new Plan(layout, fonts, labels, numbers.formatter, titleBaseline, tm.getHeight(), legendTop, barCaption);
    }

    static String shorten(String token) {
        String t = token == null ? "" : token;
        return t.length() <= MAX_LABEL_CHARS ? t : t.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
    }

    /** What fits in the cell: the full form at the largest font from 12 down to 7 px, else the compact form. */
    private record NumberChoice(FigureLayout.Numbers state, Font font, CellNumbers formatter, int decimals) {
        static final NumberChoice OFF = new NumberChoice(FigureLayout.Numbers.OFF, null, null, 0);
    }

    private static NumberChoice chooseNumbers(AttentionFigure figure, int decimals, int cell) {
        for (boolean compact : new boolean[] {false, true}) {
            CellNumbers fmt = new CellNumbers(decimals, compact);
            for (float size = Math.min(12f, cell * 0.42f); size >= 7f; size -= 0.5f) {
                Font f = PlotFonts.plain(size);
                FontMetrics m = PlotFonts.metrics(f);
                if (widestNumber(figure, fmt, f) <= cell - 4 && m.getAscent() <= cell - 4) {
                    FigureLayout.Numbers state = compact ? FigureLayout.Numbers.SHOWN_COMPACT : FigureLayout.Numbers.SHOWN;
                    return new NumberChoice(state, f, fmt, decimals);
                }
            }
        }
        return new NumberChoice(FigureLayout.Numbers.HIDDEN_TOO_SMALL, null, null, decimals);
    }

    private static int widestNumber(AttentionFigure figure, CellNumbers fmt, Font font) {
        FontMetrics m = PlotFonts.metrics(font);
        int widest = 0;
        for (HeadPanel h : figure.heads()) {
            for (int q = 0; q < figure.size(); q++) {
                for (int k = 0; k < figure.size(); k++) {
                    widest = Math.max(widest, m.stringWidth(fmt.format(h.value(q, k))));
                }
            }
        }
        return widest;
    }

    private static List<String> legendParts(AttentionFigure figure, FigureLayout.Numbers numbers, int decimals) {
        List<String> parts = new ArrayList<>();
        parts.add("rows: query tokens, columns: key tokens, each with its position as a small index");
        parts.add("colour: " + figure.kind().description()
                + (figure.kind() == MapKind.PROBABILITIES ? " (fixed scale 0..1)" : " (scale from the data)"));
        if (figure.overlayTargets() && figure.anyTarget()) {
            ColourScale scale = ColourScale.forKind(figure.kind(), figure.matrices());
            parts.add((scale.map() == ColourMap.VIRIDIS ? "red" : "green")
                    + " outline: cells the program's selector selects (target pattern)");
        }
        if (figure.matrices().stream().anyMatch(AttentionLayout::hasNonFinite)) {
            parts.add("grey: masked / not a finite number");
        }
        switch (numbers) {
            case SHOWN -> parts.add("numbers: values with " + decimalsText(decimals));
            case SHOWN_COMPACT -> parts.add("numbers: values with " + decimalsText(decimals)
                    + ", leading zero dropped to fit");
            case HIDDEN_TOO_SMALL -> parts.add("numbers hidden: cells too small for "
                    + figure.size() + " tokens (try fewer decimals or a shorter sequence)");
            case OFF -> { }
        }
        return parts;
    }

    private static String decimalsText(int decimals) {
        return decimals == 1 ? "1 decimal" : decimals + " decimals";
    }

    private static boolean hasNonFinite(float[][] m) {
        for (float[] row : m) {
            for (float v : row) {
                if (!Float.isFinite(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Joins parts with {@code separator} into lines no wider than {@code maxWidth}; a part is never
     * split, and the separator is dropped where a line breaks.
     */
    static List<String> wrap(List<String> parts, String separator, FontMetrics m, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            String candidate = line.length() == 0 ? part : line + separator + part;
            if (line.length() > 0 && m.stringWidth(candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(part);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
