package raspc.runtime.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A labelled grid of scores as a PNG: one coloured cell per value with the value written in it
 * (what probe, ablate and patch tables show, as a picture). Scores in [0, 1] use viridis; scores
 * whose sign matters (a patch can overshoot, an ablation can help) use the blue-red map centred
 * on 0. Missing values are grey.
 */
public final class ScoreHeatmap {
    private static final int CELL_W = 64;
    private static final int CELL_H = 30;
    private static final int PAD = 14;

    static {
        Headless.ensure();
    }

    private ScoreHeatmap() {}

    /**
     * @param values [row][column]; NaN for a missing cell
     * @param signed whether the scale runs from -1 to 1 (else 0 to 1); values outside are clamped in colour, not in text
     */
    public static void write(Path target, String title, List<String> rows, List<String> columns, double[][] values,
            boolean signed) {
        ColourScale scale = signed ? new ColourScale(-1, 1, ColourMap.BLUE_RED) : new ColourScale(0, 1, ColourMap.VIRIDIS);
        int labelW = 0;
        for (String r : rows) {
            labelW = Math.max(labelW, PlotFonts.width(PlotFonts.plain(13f), r));
        }
        int titleW = PlotFonts.width(PlotFonts.bold(14f), title);
        int left = PAD + labelW + 8;
        int top = PAD + 24 + CELL_H;
        int width = Math.max(left + columns.size() * CELL_W + PAD, titleW + 3 * PAD); // room for the bold title's last glyph
        int height = top + rows.size() * CELL_H + PAD;
        try (Canvas canvas = Canvas.white(width, height)) {
            draw(canvas.graphics(), title, rows, columns, values, scale, left, top);
            canvas.writePng(target);
        }
    }

    private static void draw(Graphics2D g, String title, List<String> rows, List<String> columns, double[][] values,
            ColourScale scale, int left, int top) {
        g.setFont(PlotFonts.bold(14f));
        g.drawString(title, PAD, PAD + 14);
        g.setFont(PlotFonts.plain(13f));
        FontMetrics m = g.getFontMetrics();
        for (int c = 0; c < columns.size(); c++) {
            String label = columns.get(c);
            g.drawString(label, left + c * CELL_W + (CELL_W - m.stringWidth(label)) / 2, top - 8);
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * CELL_H;
            g.setColor(Color.BLACK);
            g.drawString(rows.get(r), left - 8 - m.stringWidth(rows.get(r)), y + CELL_H / 2 + m.getAscent() / 2 - 2);
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                Color fill = scale.colour(Double.isFinite(v) ? Math.max(scale.min(), Math.min(scale.max(), v)) : v);
                g.setColor(fill);
                g.fillRect(left + c * CELL_W, y, CELL_W - 1, CELL_H - 1);
                String text = Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
                g.setColor(luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
                g.drawString(text, left + c * CELL_W + (CELL_W - m.stringWidth(text)) / 2,
                        y + CELL_H / 2 + m.getAscent() / 2 - 2);
            }
        }
    }

    private static double luminance(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
