package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.engine.TorchEngine;

/** The remembered "initialized" answer follows the parameters: true once made, false after clear(). */
class CompositeBlockTest {
    @Test
    void aModelIsInitializedOnceCreatedAndNotAfterItsParametersAreCleared() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            ModelConfig config = new ModelConfig(5, 7, 2, 1, 8, 16, 0f, PositionEncoding.SINUSOIDAL, NormPlacement.POST,
                    false, OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY, 6);
            TransformerModel model = TransformerModel.create(config, m);
            assertTrue(model.isInitialized());
            assertTrue(model.isInitialized()); // the remembered answer
            model.clear();
            assertFalse(model.isInitialized());
            assertTrue(TransformerModel.unloaded(config).getParameters().size() > 0);
            assertFalse(TransformerModel.unloaded(config).isInitialized());
        }
    }
}
