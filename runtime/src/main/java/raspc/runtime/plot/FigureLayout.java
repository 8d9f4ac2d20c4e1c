package raspc.runtime.plot;

import java.awt.Rectangle;
import java.util.List;

/**
 * The geometry of a rendered attention figure: image size, one {@link PanelLayout} per head (in
 * head order, laid out in rows of {@code columns}), the colour bar, and how the cell numbers
 * came out. Returned by the renderer so callers and tests can find every cell in the PNG.
 */
public record FigureLayout(int width, int height, int cellSize, int columns, int rows,
                           List<PanelLayout> panels, Rectangle colourBar, ColourScale scale,
                           Numbers numbers, float numberFontSize, boolean keyLabelsRotated,
                           List<String> legend) {
    /** Whether cell values were asked for, and whether they fitted. */
    public enum Numbers { OFF, SHOWN, SHOWN_COMPACT, HIDDEN_TOO_SMALL }

    public FigureLayout {
        panels = List.copyOf(panels);
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
