package raspc.runtime.dynamics;

/**
 * What counts as an abrupt drop: after a plateau of at least {@code plateau} steps, on which the
 * (smoothed) loss stays within a factor {@code band} (highest over lowest), the loss falls below
 * the plateau's level divided by {@code factor} within {@code window} steps of the plateau's end.
 * A smooth exponential decay cannot pass when {@code band < factor} and {@code window <= plateau}:
 * a curve that falls by {@code factor} within the window falls by more than {@code band} over a
 * plateau's length, so it never had a plateau.
 *
 * @param smoothing points in the running median the loss is smoothed with before the search
 *     (odd; 1 = none), so that a single noisy batch neither breaks a plateau nor fakes a drop
 */
public record DropCriteria(double factor, long window, long plateau, double band, int smoothing) {
    public static final double FACTOR = 10;
    public static final double BAND = 2;
    public static final int SMOOTHING = 5;

    public DropCriteria {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("the drop factor must be > 1, got " + factor);
        }
        if (!(band >= 1 && band < factor)) {
            throw new IllegalArgumentException("the plateau band must be at least 1 and below the drop factor "
                    + factor + ", got " + band);
        }
        if (window < 1 || plateau < 1) {
            throw new IllegalArgumentException("the drop window and the plateau length must be at least 1 step, got "
                    + window + " and " + plateau);
        }
        if (smoothing < 1 || smoothing % 2 == 0) {
            throw new IllegalArgumentException("the smoothing must be an odd number of points, got " + smoothing);
        }
    }

    /**
     * The criteria for a curve where the caller leaves them open (null): factor 10, band 2, a
     * window of a tenth and a plateau of a fifth of the curve's steps, a 5-point median on curves
     * of at least 25 points (fewer points are rounds, not noisy batches).
     */
    public static DropCriteria forCurve(LossCurve curve, Double factor, Long window, Long plateau, Double band,
            Integer smoothing) {
        long span = Math.max(1, curve.span());
        return new DropCriteria(factor != null ? factor : FACTOR, window != null ? window : Math.max(1, span / 10),
                plateau != null ? plateau : Math.max(1, span / 5), band != null ? band : BAND,
                smoothing != null ? smoothing : curve.size() >= 25 ? SMOOTHING : 1);
    }
}
