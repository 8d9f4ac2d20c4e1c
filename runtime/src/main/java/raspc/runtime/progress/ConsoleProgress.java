package raspc.runtime.progress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import raspc.runtime.train.EpochMetrics;
import raspc.runtime.train.ReportLines;
import raspc.runtime.train.TrainingListener;

/**
 * Shows training on the console: on a terminal, a progress bar redrawn a few times a second
 * (epoch, batch, loss, accuracy, samples/s, ETA); otherwise plain lines, one per epoch.
 */
public final class ConsoleProgress implements TrainingListener {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private long lastDraw;
    private int drawnWidth;

    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Standard output, with a bar when it is a terminal. */
    public static ConsoleProgress forStandardOutput() {
        return new ConsoleProgress(System.out, System.console() != null);
    }

    @Override
    public synchronized void onStart(String task, String runId, Path runDir, String device, int firstEpoch, int epochs) {
        out.println("training " + task + " on " + device + " -> " + runDir
                + (firstEpoch > 1 ? " (resuming at epoch " + firstEpoch + ")" : ""));
    }

    @Override
    public synchronized void onBatch(BatchProgress p) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && p.batch() < p.batches()) {
            return;
        }
        lastDraw = now;
        draw(render(p, p.live().get()));
    }

    static String render(BatchProgress p, RunningFigures live) {
        double fraction = (double) p.batch() / p.batches();
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double rate = p.samplesDone() / Math.max(1e-9, p.secondsInEpoch());
        double remaining = (p.samplesInEpoch() - p.samplesDone()) / Math.max(1e-9, rate);
        return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %d/%d  loss %.4f  acc %s  %.0f samples/s  ETA %s",
                p.epoch(), p.epochs(), "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), p.batch(), p.batches(),
                live.loss(), ReportLines.percent(live.tokenAccuracy()), rate, clock(remaining));
    }

    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private void draw(String line) {
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        out.print("\r" + padded);
        out.flush();
        drawnWidth = line.length();
    }

    private void clearBar() {
        if (terminal && drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }

    @Override
    public synchronized void onEpoch(EpochMetrics metrics, int epochs) {
        clearBar();
        out.println(ReportLines.epoch(metrics, epochs));
        out.flush();
    }

    @Override
    public synchronized void onMessage(String message) {
        clearBar();
        out.println(message);
        out.flush();
    }
}
