package raspc.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token budget in config.json: absent in older runs, refused beside a step budget. */
class TrainConfigTest {
    private static TrainConfig plain() {
        return new TrainConfig(3, 50, 3e-4f, 0.98f, OptimizerKind.ADAM, 0f, 0f, 1, 10, 3, null);
    }

    @Test
    void aConfigWrittenBeforeTheTokenBudgetReadsAsTheFixedBatchSize() throws Exception {
        String written = Json.mapper().writeValueAsString(plain());
        assertTrue(written.contains("\"batch_tokens\":0"), written);
        String json = written.replace(",\"batch_tokens\":0", "").replace("\"batch_tokens\":0,", "");
        assertTrue(!json.contains("batch_tokens"), json);
        TrainConfig read = Json.mapper().readValue(json, TrainConfig.class);
        assertEquals(0, read.batchTokens());
        assertEquals(plain(), read);
    }

    @Test
    void theTokenBudgetSurvivesTheRoundTripAndANewEpochCount() throws Exception {
        TrainConfig budget = new TrainConfig(3, 50, 3e-4f, 0.98f, OptimizerKind.ADAM, 0f, 0f, 1, 10, 3, null, null, 2500);
        TrainConfig read = Json.mapper().readValue(Json.mapper().writeValueAsString(budget), TrainConfig.class);
        assertEquals(2500, read.batchTokens());
        assertEquals(2500, read.withEpochs(7).batchTokens());
    }

    @Test
    void aTokenBudgetWithAStepBudgetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainConfig(3, 50, 3e-4f,
                0.98f, OptimizerKind.ADAM, 0f, 0f, 1, 10, 3, new StepBudget(100, 10, 0.01, false), null, 2500));
        assertTrue(e.getMessage().contains("step budget"), e.getMessage());
    }
}
