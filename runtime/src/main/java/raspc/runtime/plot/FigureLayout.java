package raspc.runtime.plot;

import java.awt.Rectangle;
import java.util.List;

/**
 * The geometry of a rendered attention figure: image size, one {@link PanelLayout} per head (in
 * head order, laid out in rows of {@code columns}), the colour bar, how the cell numbers came
 * out, the title's lines (a long title wraps to the picture's width), the row and column labels
 * (the same for rows and columns: query i and key i are token i) and the legend's lines. Returned by the renderer so callers and tests can find every cell in the PNG.
 */
public record FigureLayout(int width, int height, int cellSize, int columns, int rows,
                           List<PanelLayout> panels, Rectangle colourBar, ColourScale scale,
                           Numbers numbers, float numberFontSize, boolean keyLabelsRotated,
                           List<String> title, List<AxisLabel> labels, List<String> legend) {
    /** Whether cell values were asked for, and whether they fitted. */
    public enum Numbers { OFF, SHOWN, SHOWN_COMPACT, HIDDEN_TOO_SMALL }

    public FigureLayout {
        panels = List.copyOf(panels);
        title = List.copyOf(title);
        labels = List.copyOf(labels);
        legend = List.copyOf(legend);
        colourBar = new Rectangle(colourBar);
    }

    @Override
    public Rectangle colourBar() {
        return new Rectangle(colourBar);
    }

    public int panelCount() {
        return panels.size();
    }
}
