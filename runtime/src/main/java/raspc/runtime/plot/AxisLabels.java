package raspc.runtime.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and draws {@link AxisLabel}s: the token in the label font and colour, then its
 * position in a font three quarters the size, muted and lowered like a subscript. Layout and
 * painter share one instance so what is measured is what is drawn.
 */
final class AxisLabels {
    /** Space between the token and its index, in pixels. */
    static final int GAP = 1;

    private final Font token;
    private final Font index;
    private final List<AxisLabel> labels;

    AxisLabels(List<String> tokens, Font token) {
        this.token = token;
        this.index = token.deriveFont(Math.max(7f, token.getSize2D() * 0.75f));
        List<AxisLabel> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            all.add(new AxisLabel(AttentionLayout.shorten(tokens.get(i)), i));
        }
        this.labels = List.copyOf(all);
    }

    List<AxisLabel> labels() {
        return labels;
    }

    Font tokenFont() {
        return token;
    }

    int width(AxisLabel label) {
        return PlotFonts.width(token, label.token()) + GAP + PlotFonts.width(index, indexText(label));
    }

    int widest() {
        return labels.stream().mapToInt(this::width).max().orElse(0);
    }

    /**
     * Whether key labels written across would run into each other in cells of {@code cell}
     * pixels: a label may be wider than its cell as long as it leaves a few pixels to each
     * neighbour, so one long "<BOS>" does not turn every column label on its side. The first
     * label may reach over the corner above the query labels; the last one's
     * {@link #overhangAcross overhang} is added to the panel.
     */
    boolean crowdedAcross(int cell) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            if ((width(labels.get(i)) + width(labels.get(i + 1))) / 2.0 > cell - 4) {
                return true;
            }
        }
        return false;
    }

    /** How far the last key label, written across and centred on its column, sticks out right of the grid. */
    int overhangAcross(int cell) {
        return labels.isEmpty() ? 0 : Math.max(0, (width(labels.get(labels.size() - 1)) - cell + 1) / 2);
    }

    /** How far the index's baseline sits below the token's. */
    int indexDrop() {
        return Math.round(index.getSize2D() * 0.25f);
    }

    /** Draws the label with its left end at {@code x} on the token baseline {@code y} (in g's current transform). */
    void draw(Graphics2D g, AxisLabel label, int x, int y, Color text, Color muted) {
        g.setFont(token);
        g.setColor(text);
        g.drawString(label.token(), x, y);
        g.setFont(index);
        g.setColor(muted);
        g.drawString(indexText(label), x + PlotFonts.width(token, label.token()) + GAP, y + indexDrop());
    }

    private static String indexText(AxisLabel label) {
        return Integer.toString(label.position());
    }
}
