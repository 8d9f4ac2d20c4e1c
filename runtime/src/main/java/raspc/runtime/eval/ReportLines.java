package raspc.runtime.eval;

import java.util.Locale;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;
import raspc.runtime.run.TrainConfig;

/** One-line texts shared by log.txt and the console. */
public final class ReportLines {
    private ReportLines() {}

    public static String epoch(EpochMetrics m, int epochs) {
        return String.format(Locale.ROOT,
                "epoch %d/%d  loss %.4f  acc %s  seq %s | valid loss %.4f  acc %s  seq %s | lr %.2e  %.1fs  %.0f samples/s%s",
                m.epoch(), epochs, m.trainLoss(), percent(m.trainTokenAccuracy()), percent(m.trainSequenceAccuracy()),
                m.validLoss(), percent(m.validTokenAccuracy()), percent(m.validSequenceAccuracy()), m.learningRate(),
                m.seconds(), m.samplesPerSecond(), m.improved() ? "  *best" : "");
    }

    /** A round of a step budget: the same figures, counted in steps. */
    public static String steps(EpochMetrics m, int steps) {
        return String.format(Locale.ROOT, "step %d/%d  loss %.5f  acc %s | valid loss %.5f  acc %s%s | %.1fs  %.0f samples/s%s",
                m.step(), steps, m.trainLoss(), percent(m.trainTokenAccuracy()), m.validLoss(),
                percent(m.validTokenAccuracy()), generated(m.generation()), m.seconds(), m.samplesPerSecond(),
                m.improved() ? "  *best" : "");
    }

    /** The round's generation accuracy (all answer tokens right), seen and unseen groups apart. */
    private static String generated(GenerationFigures g) {
        if (g == null) {
            return "";
        }
        return " | generated seq seen " + percent(g.seenSequenceAccuracy()) + "  unseen " + percent(g.unseenSequenceAccuracy());
    }

    /** A percentage, or "n/a" for a figure that does not exist. */
    public static String percent(Double fraction) {
        return fraction == null ? "n/a" : percent(fraction.doubleValue());
    }

    /** The line of an epoch or of a step budget's round. */
    public static String round(EpochMetrics m, TrainConfig config) {
        return config.stepBudget() == null ? epoch(m, config.epochs()) : steps(m, config.stepBudget().steps());
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }
}
