package raspc.runtime.matrix;

import java.util.List;

/**
 * Masked and observed error after every snapshot, and where the abrupt drop is: the round whose
 * masked MSE falls most (as a ratio) from the round before. The plateau is the masked MSE just
 * before it; the drop is "abrupt" when that one round takes away more than half of the error.
 */
public record LossCurve(List<Point> points, int dropIndex) {
    /** The share of the masked error one round must remove to count as an abrupt drop. */
    public static final double ABRUPT = 0.5;

    public record Point(long step, EntryErrors errors) {}

    public static LossCurve of(List<Point> points) {
        int drop = -1;
        double best = 1.0;
        for (int i = 1; i < points.size(); i++) {
            double ratio = points.get(i).errors().masked() / points.get(i - 1).errors().masked();
            if (ratio < best) {
                best = ratio;
                drop = i;
            }
        }
        return new LossCurve(List.copyOf(points), drop);
    }

    /** Whether a drop was found at all (the masked MSE ever fell between two snapshots). */
    public boolean hasDrop() {
        return dropIndex > 0;
    }

    /** The snapshot just before the sharpest fall. */
    public Point before() {
        return points.get(dropIndex - 1);
    }

    /** The snapshot the sharpest fall ends at. */
    public Point afterDrop() {
        return points.get(dropIndex);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** Fraction of the masked error the sharpest round removed. */
    public double dropFraction() {
        return 1 - afterDrop().errors().masked() / before().errors().masked();
    }
}
