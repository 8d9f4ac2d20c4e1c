package raspc.runtime.progress;

import java.io.PrintStream;
import java.util.Locale;
import raspc.runtime.WorkProgress;

/**
 * A progress bar for work other than training epochs ({@code what [####....] done/total ETA}),
 * redrawn a few times a second on a terminal and cleared at the end; silent elsewhere, so
 * piped output and transcripts stay as they were.
 */
public final class ConsoleWorkProgress implements WorkProgress {
    private final PrintStream out;
    private final boolean terminal;
    private final BarLine line;
    private String what = "";
    private long total;
    private long done;
    private long began;
    private long lastDraw;

    public ConsoleWorkProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.line = new BarLine(out);
    }

    /** Standard output, drawn only when it is a terminal. */
    public static ConsoleWorkProgress forStandardOutput() {
        return new ConsoleWorkProgress(System.out, System.console() != null);
    }

    @Override
    public synchronized void begin(String what, long total) {
        this.what = what;
        this.total = Math.max(1, total);
        this.done = 0;
        this.began = System.nanoTime();
        this.lastDraw = 0;
    }

    @Override
    public synchronized void advance(long units) {
        done += units;
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < BarLine.REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        line.draw(render(what, done, total, (now - began) / 1e9));
    }

    @Override
    public synchronized void end() {
        if (terminal) {
            line.clear();
        }
    }

    static String render(String what, long done, long total, double seconds) {
        double rate = done / Math.max(1e-9, seconds);
        double remaining = (total - done) / Math.max(1e-9, rate);
        return String.format(Locale.ROOT, "%s %s %,d/%,d  ETA %s", what, BarLine.bar((double) done / total), done, total,
                BarLine.clock(remaining));
    }
}
