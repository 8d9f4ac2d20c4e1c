package raspc.runtime.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.train.TrainingListener.BatchProgress;
import raspc.runtime.train.TrainingListener.RunningFigures;

class ConsoleProgressTest {
    private static BatchProgress progress() {
        return new BatchProgress(2, 50, 250, 1000, 12_500, 50_000, 5.0, () -> new RunningFigures(0.5, 0.875));
    }

    @Test
    void barShowsEpochBatchLossAccuracyRateAndEta() {
        String bar = ConsoleProgress.render(progress(), new RunningFigures(0.5, 0.875));
        assertTrue(bar.startsWith("epoch 2/50 [######.................."), bar);
        assertTrue(bar.contains("250/1000"), bar);
        assertTrue(bar.contains("loss 0.5000"), bar);
        assertTrue(bar.contains("acc 87.50%"), bar);
        assertTrue(bar.contains("2500 samples/s"), bar);
        assertTrue(bar.contains("ETA 0:15"), bar);
        // 20 s per epoch: 15 s left of this one, 48 more epochs
        assertTrue(bar.endsWith("run 16:15"), bar);
        assertEquals("1:01:01", ConsoleProgress.clock(3661));
    }

    @Test
    void aLongRunSaysHowLongOnceItsSpeedIsKnown() {
        // 50 epochs of 50,000 samples at 2500 samples/s: 20 s an epoch, 16:40 in all
        assertEquals("about 0:20 per epoch here: up to 16:40 for the 50 epochs (early stopping may end it sooner;"
                + " Ctrl+C stops it and keeps the best checkpoint)",
                ConsoleProgress.estimate(new BatchProgress(1, 50, 250, 1000, 12_500, 50_000, 5.0, null)));
        assertTrue(ConsoleProgress.estimate(new BatchProgress(1, 50, 250, 1000, 12_500, 50_000, 5.0, null, "round"))
                .startsWith("about 0:20 per round here: up to 16:40 for the 50 rounds"), "a step budget counts rounds");
        assertEquals(null, ConsoleProgress.estimate(new BatchProgress(1, 5, 250, 1000, 12_500, 50_000, 5.0, null)),
                "100 s in all is not worth a line");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress plain = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        plain.onBatch(new BatchProgress(1, 50, 10, 1000, 500, 50_000, 1.0, null)); // too early to tell
        plain.onBatch(new BatchProgress(1, 50, 250, 1000, 12_500, 50_000, 5.0, null));
        plain.onBatch(new BatchProgress(1, 50, 500, 1000, 25_000, 50_000, 10.0, null));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("about 0:20 per epoch"), text);
    }

    @Test
    void workProgressDrawsOnATerminalOnlyAndClearsItsLine() {
        assertEquals("evaluating [############............] 500/1,000  ETA 0:05",
                ConsoleWorkProgress.render("evaluating", 500, 1000, 5.0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleWorkProgress plain = new ConsoleWorkProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        plain.begin("evaluating", 10);
        plain.advance(10);
        plain.end();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));

        ConsoleWorkProgress shown = new ConsoleWorkProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        shown.begin("evaluating", 10);
        shown.advance(4);
        shown.end();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\revaluating [##########"), text);
        assertTrue(text.endsWith("\r"), "the bar is wiped at the end: " + text);
    }

    @Test
    void plainOutputHasNoBarOnlyEpochLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress plain = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        plain.onBatch(new BatchProgress(1, 1, 1, 1, 1, 1, 1, () -> {
            throw new AssertionError("plain output must not read running figures from the device");
        }));
        EpochMetrics m = new EpochMetrics(1, 0.25, 0, 0.9, 0.5, 0.2, 0.95, 0.6, 3e-4, 10, 5000, true);
        plain.onEpoch(m, raspc.runtime.eval.ReportLines.epoch(m, 50));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("epoch 1/50  loss 0.2500  acc 90.00%"), text);
        assertTrue(text.contains("*best"), text);
    }
}
