package raspc.runtime.inspect;

import java.util.Locale;

/** Bars and shades drawn with characters, so that tables read as charts in a terminal and in notes. */
final class TextBars {
    private static final String[] SHADES = {" ", "░", "▒", "▓", "█"};

    private TextBars() {}

    /** A bar of up to {@code width} characters for {@code value} out of {@code full} (nothing for values at or below 0). */
    static String bar(double value, double full, int width) {
        if (!(value > 0) || full <= 0) {
            return "";
        }
        int n = (int) Math.round(Math.min(1, value / full) * width);
        return "█".repeat(Math.max(n, 1));
    }

    /** One cell of a heatmap: a shade for {@code value} in [0, 1] beside the number. */
    static String cell(double value) {
        if (Double.isNaN(value)) {
            return String.format(Locale.ROOT, "%7s  ", "—");
        }
        int level = (int) Math.round(Math.max(0, Math.min(1, value)) * (SHADES.length - 1));
        return String.format(Locale.ROOT, "%7.3f%s ", value, SHADES[level]);
    }
}
