package raspc.runtime.plot;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps values to colours for one figure, shared by all its panels so colours compare across
 * heads. Probabilities use a fixed 0..1 range (so a faint head looks faint); scores use the
 * data's range, made symmetric around 0 with a diverging map when values of both signs occur,
 * so white always means 0. Non-finite values (masked scores) get {@link #MISSING}.
 */
public record ColourScale(double min, double max, ColourMap map) {
    public static final Color MISSING = new Color(0xC8C8C8);

    public ColourScale {
        if (!(max > min)) {
            throw new IllegalArgumentException("empty colour range " + min + ".." + max);
        }
    }

    public static ColourScale forKind(MapKind kind, Iterable<float[][]> matrices) {
        if (kind == MapKind.PROBABILITIES) {
            return new ColourScale(0, 1, ColourMap.VIRIDIS);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[][] m : matrices) {
            for (float[] row : m) {
                for (float v : row) {
                    if (Float.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) { // nothing finite: any range will do, every cell is MISSING
            return new ColourScale(-1, 1, ColourMap.BLUE_RED);
        }
        if (lo < 0 && hi > 0) {
            double m = Math.max(-lo, hi);
            return new ColourScale(-m, m, ColourMap.BLUE_RED);
        }
        if (lo == hi) { // constant scores: centre the value in a unit range
            return new ColourScale(lo - 0.5, hi + 0.5, ColourMap.VIRIDIS);
        }
        return new ColourScale(lo, hi, ColourMap.VIRIDIS);
    }

    public Color colour(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return map.at((value - min) / (max - min));
    }

    /** Round tick values (1, 2, 2.5 or 5 times a power of ten) inside [min, max]. */
    public List<Double> ticks() {
        double step = niceStep((max - min) / 6);
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double t = first; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw * 0.999) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** A tick label without trailing zeros or binary noise ("0.25", "-3", "1.5E+3" never). */
    public static String tickLabel(double value) {
        BigDecimal d = new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
