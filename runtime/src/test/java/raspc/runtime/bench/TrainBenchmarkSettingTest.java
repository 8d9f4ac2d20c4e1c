package raspc.runtime.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark names the batching it ran, not the default's batch of 50 beside a token budget. */
class TrainBenchmarkSettingTest {
    @Test
    void aTokenBudgetReplacesTheBatchSizeInTheSetting() {
        assertEquals(TrainBenchmark.SETTING, TrainBenchmark.setting(0));
        assertTrue(TrainBenchmark.SETTING.contains("batch 50"), TrainBenchmark.SETTING);
        String budget = TrainBenchmark.setting(2500);
        assertTrue(budget.contains("batches of up to 2500 tokens"), budget);
        assertFalse(budget.contains("batch 50"), budget);
    }
}
