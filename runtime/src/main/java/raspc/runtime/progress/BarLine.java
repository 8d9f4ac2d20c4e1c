package raspc.runtime.progress;

import java.io.PrintStream;
import java.util.Locale;

/** One console line redrawn in place with {@code \r}: the bar, the clock and the redraw itself. */
final class BarLine {
    static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private int drawnWidth;

    BarLine(PrintStream out) {
        this.out = out;
    }

    /** {@code [#######.................]} for a fraction in [0, 1]. */
    static String bar(double fraction) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = Double.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    void draw(String line) {
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        out.print("\r" + padded);
        out.flush();
        drawnWidth = line.length();
    }

    void clear() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }
}
