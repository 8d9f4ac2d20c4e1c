package raspc.runtime.matrix.study;

import java.util.List;
import raspc.runtime.matrix.EntryErrors;

/**
 * Masked and observed error after every snapshot, and where the abrupt drop is: the round whose
 * masked MSE falls most (as a ratio) from the round before. The plateau is the masked MSE just
 * before it; the drop is "abrupt" when that one round takes away more than half of the error.
 *
 * <p>A fall spread over many rounds has no single sharp round (noise picks one somewhere in it),
 * so the curve also finds where the plateau ends: the last snapshot after which the masked MSE
 * stays below {@link #LEFT} of the first snapshot's (the copying plateau's level); -1 when it
 * never leaves it.
 */
public record LossCurve(List<Point> points, int dropIndex, int plateauEndIndex) {
    /** The share of the masked error one round must remove to count as an abrupt drop. */
    public static final double ABRUPT = 0.5;
    /** The masked MSE has left the plateau once it stays below this share of the first snapshot's. */
    public static final double LEFT = 0.9;

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
        return new LossCurve(List.copyOf(points), drop, plateauEnd(points));
    }

    private static int plateauEnd(List<Point> points) {
        if (points.size() < 2) {
            return -1;
        }
        double threshold = LEFT * points.get(0).errors().masked();
        int end = -1;
        // walk back from the last snapshot while the curve stays below the threshold
        for (int i = points.size() - 1; i >= 1 && points.get(i).errors().masked() < threshold; i--) {
            end = i - 1;
        }
        return end;
    }

    /** Whether the masked MSE left the plateau for good within the run. */
    public boolean leftPlateau() {
        return plateauEndIndex >= 0;
    }

    /** The plateau's last snapshot (only when {@link #leftPlateau()}). */
    public Point plateauEnd() {
        return points.get(plateauEndIndex);
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
