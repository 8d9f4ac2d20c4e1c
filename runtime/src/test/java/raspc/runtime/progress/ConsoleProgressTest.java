package raspc.runtime.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import raspc.runtime.train.EpochMetrics;
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
        assertEquals("1:01:01", ConsoleProgress.clock(3661));
    }

    @Test
    void plainOutputHasNoBarOnlyEpochLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress plain = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        plain.onBatch(new BatchProgress(1, 1, 1, 1, 1, 1, 1, () -> {
            throw new AssertionError("plain output must not read running figures from the device");
        }));
        plain.onEpoch(new EpochMetrics(1, 0.25, 0, 0.9, 0.5, 0.2, 0.95, 0.6, 3e-4, 10, 5000, true), 50);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("epoch 1/50  loss 0.2500  acc 90.00%"), text);
        assertTrue(text.contains("*best"), text);
    }
}
