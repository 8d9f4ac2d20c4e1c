package raspc.runtime.progress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import raspc.runtime.WorkProgress;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.train.TrainingListener;

/**
 * Shows training on the console: on a terminal, a progress bar redrawn a few times a second
 * (epoch, batch, loss, accuracy, samples/s, the epoch's and the whole run's ETA); otherwise plain
 * lines, one per epoch. Either way, a run that will take long says so once its speed is known,
 * and the final evaluation has a bar of its own.
 */
public final class ConsoleProgress implements TrainingListener {
    /** Runs projected to take longer than this get an estimate line early in their first epoch. */
    static final double LONG_RUN_SECONDS = 600;
    /** Seconds of the first epoch measured before the estimate is trusted. */
    private static final double ESTIMATE_AFTER_SECONDS = 3;

    private final PrintStream out;
    private final boolean terminal;
    private final BarLine line;
    private final ConsoleWorkProgress evaluation;
    private long lastDraw;
    private boolean estimated;

    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.line = new BarLine(out);
        this.evaluation = new ConsoleWorkProgress(out, terminal);
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
        if (!estimated && p.secondsInEpoch() >= ESTIMATE_AFTER_SECONDS) {
            estimated = true;
            String estimate = estimate(p);
            if (estimate != null) {
                onMessage(estimate);
            }
        }
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < BarLine.REDRAW_NANOS && p.batch() < p.batches()) {
            return;
        }
        lastDraw = now;
        line.draw(render(p, p.live().get()));
    }

    static String render(BatchProgress p, RunningFigures live) {
        double rate = p.samplesDone() / Math.max(1e-9, p.secondsInEpoch());
        double remaining = (p.samplesInEpoch() - p.samplesDone()) / Math.max(1e-9, rate);
        return String.format(Locale.ROOT, "%s %d/%d %s %d/%d  loss %.4f  acc %s  %.0f samples/s  ETA %s  run %s",
                p.unit(), p.epoch(), p.epochs(), BarLine.bar((double) p.batch() / p.batches()), p.batch(), p.batches(),
                live.loss(), ReportLines.percent(live.tokenAccuracy()), rate, BarLine.clock(remaining),
                BarLine.clock(remaining + (p.epochs() - p.epoch()) * epochSeconds(p)));
    }

    /** Training time of one epoch at the speed seen so far (validation not counted). */
    private static double epochSeconds(BatchProgress p) {
        return p.samplesInEpoch() * p.secondsInEpoch() / Math.max(1, p.samplesDone());
    }

    /** What the whole run will take, when that is long enough to plan around; else null. */
    static String estimate(BatchProgress p) {
        double perEpoch = epochSeconds(p);
        int epochsLeft = p.epochs() - p.epoch() + 1;
        double total = perEpoch * epochsLeft;
        if (total < LONG_RUN_SECONDS) {
            return null;
        }
        return "about " + BarLine.clock(perEpoch) + " per " + p.unit() + " here: up to " + BarLine.clock(total) + " for "
                + (epochsLeft == p.epochs() ? "the " : "the remaining ") + epochsLeft + " " + p.unit() + "s"
                + " (early stopping may end it sooner; Ctrl+C stops it and keeps the best checkpoint)";
    }

    static String clock(double seconds) {
        return BarLine.clock(seconds);
    }

    @Override
    public WorkProgress evaluationProgress() {
        return evaluation;
    }

    private void clearBar() {
        if (terminal) {
            line.clear();
        }
    }

    @Override
    public synchronized void onEpoch(EpochMetrics metrics, String line) {
        clearBar();
        out.println(line);
        out.flush();
    }

    @Override
    public synchronized void onMessage(String message) {
        clearBar();
        out.println(message);
        out.flush();
    }
}
