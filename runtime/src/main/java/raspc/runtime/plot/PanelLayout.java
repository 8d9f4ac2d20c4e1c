package raspc.runtime.plot;

import java.awt.Rectangle;

/**
 * Where one head's panel lies in the picture. {@code bounds} holds the header, key labels,
 * query labels and grid; {@code grid} is exactly n by n cells of {@code cellSize} pixels, row =
 * query, column = key.
 */
public record PanelLayout(int index, String label, String caption, Rectangle bounds, Rectangle grid,
                          int n, int cellSize) {
    public PanelLayout {
        bounds = new Rectangle(bounds);
        grid = new Rectangle(grid);
    }

    @Override
    public Rectangle bounds() {
        return new Rectangle(bounds);
    }

    @Override
    public Rectangle grid() {
        return new Rectangle(grid);
    }

    /** The cell of query {@code query} (row) and key {@code key} (column), in image pixels. */
    public Rectangle cell(int query, int key) {
        if (query < 0 || query >= n || key < 0 || key >= n) {
            throw new IndexOutOfBoundsException("cell (" + query + ", " + key + ") outside " + n + "x" + n);
        }
        return new Rectangle(grid.x + key * cellSize, grid.y + query * cellSize, cellSize, cellSize);
    }
}
