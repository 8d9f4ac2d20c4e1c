package raspc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.runtime.data.OutputKind;
import raspc.runtime.engine.TorchEngine;

/** Recording and overwriting components of the forward pass on a random two-layer model. */
class ForwardHooksTest {
    private static final int HEADS = 2;
    private static final int DIM = 8;

    private record Fixture(TransformerModel model, ParameterStore store, NDArray clean, NDArray corrupt, NDArray lengths) {
        ModelOutput run(NDArray tokens, ForwardHooks hooks) {
            return model.run(store, tokens, lengths, hooks);
        }
    }

    private static Fixture fixture(NDManager m, NormPlacement norm) {
        TorchEngine.seed(3);
        ModelConfig config = new ModelConfig(5, 6, 2, HEADS, DIM, 16, 0f, PositionEncoding.SINUSOIDAL, norm, false,
                OutputKind.PER_POSITION, ReadoutLoss.CROSS_ENTROPY, 6);
        TransformerModel model = TransformerModel.create(config, m);
        return new Fixture(model, new ParameterStore(m, false), m.create(new long[] {1, 2, 3, 4, 1, 2, 3, 0}, new Shape(2, 4)),
                m.create(new long[] {4, 3, 2, 1, 3, 3, 1, 0}, new Shape(2, 4)), m.create(new long[] {4, 3}));
    }

    @Test
    void recordingChangesNothingAndHandsBackEveryStage() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Fixture f = fixture(m, NormPlacement.POST);
            float[] plain = f.model().run(f.store(), f.clean(), f.lengths(), false).logits().toFloatArray();
            ForwardHooks hooks = ForwardHooks.recording(Capture.RESIDUAL, Capture.CONTEXT, Capture.MLP_OUTPUT);
            assertArrayEquals(plain, f.run(f.clean(), hooks).logits().toFloatArray(), 1e-6f);
            for (int stage = 0; stage <= 2; stage++) {
                assertEquals(new Shape(2, 4, DIM), hooks.residual(stage).getShape());
            }
            assertEquals(new Shape(2, HEADS, 4, DIM / HEADS), hooks.context(1).getShape());
            assertEquals(new Shape(2, 4, DIM), hooks.mlpOutput(0).getShape());
            assertThrows(IllegalStateException.class, hooks::normInputs, "norm inputs were not asked for");
        }
    }

    @Test
    void patchingTheLastResidualRestoresTheCleanOutputExactly() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            for (NormPlacement norm : NormPlacement.values()) {
                Fixture f = fixture(m, norm);
                ForwardHooks clean = ForwardHooks.recording(Capture.RESIDUAL);
                float[] cleanLogits = f.run(f.clean(), clean).logits().toFloatArray();
                float[] corruptLogits = f.run(f.corrupt(), ForwardHooks.recording()).logits().toFloatArray();
                assertFalse(Arrays.equals(cleanLogits, corruptLogits), "the inputs must differ in output");
                ForwardHooks patched = ForwardHooks.intervening(List.of(new Intervention.SetResidual(2, clean.residual(2))));
                assertArrayEquals(cleanLogits, f.run(f.corrupt(), patched).logits().toFloatArray(), 0f, norm.name());
            }
        }
    }

    @Test
    void patchingEveryHeadsContextOfTheOnlyAttentionRestoresItsOutput() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Fixture f = fixture(m, NormPlacement.POST);
            ForwardHooks clean = ForwardHooks.recording(Capture.CONTEXT, Capture.RESIDUAL);
            f.run(f.clean(), clean);
            // layer 1 given the clean residual before it and the clean contexts of both heads
            ForwardHooks patched = ForwardHooks.intervening(List.of(new Intervention.SetResidual(1, clean.residual(1)),
                    new Intervention.SetContext(1, 0, clean.context(1).get(":, 0")),
                    new Intervention.SetContext(1, 1, clean.context(1).get(":, 1"))), Capture.RESIDUAL);
            f.run(f.corrupt(), patched);
            assertArrayEquals(clean.residual(2).toFloatArray(), patched.residual(2).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void uniformAttentionSpreadsOverTheVisibleKeysOnly() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Fixture f = fixture(m, NormPlacement.POST);
            ModelOutput out = f.run(f.clean(), ForwardHooks.intervening(List.of(new Intervention.UniformPattern(0, 1))));
            float[] row = out.attention(0).get("1, 1, 0").toFloatArray(); // second sequence: 3 real tokens
            assertArrayEquals(new float[] {1f / 3, 1f / 3, 1f / 3, 0f}, row, 1e-6f);
            float[] other = out.attention(0).get("1, 0, 0").toFloatArray();
            assertFalse(Arrays.equals(row, other), "head 0 keeps its own pattern");
        }
    }

    @Test
    void aGivenPatternAndAZeroMlpAreUsed() {
        TorchEngine.get();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Fixture f = fixture(m, NormPlacement.PRE);
            NDArray identity = m.eye(4).expandDims(0);
            ForwardHooks hooks = ForwardHooks.intervening(List.of(new Intervention.SetPattern(1, 0, identity),
                    new Intervention.SetMlpOutput(0, m.zeros(new Shape(DIM)))), Capture.MLP_OUTPUT, Capture.RESIDUAL);
            ModelOutput out = f.run(f.clean(), hooks);
            assertArrayEquals(identity.get(0).toFloatArray(), out.attention(1).get("0, 0").toFloatArray(), 0f);
            assertEquals(0f, hooks.mlpOutput(0).abs().max().getFloat());
            // pre-LN with a zero MLP: the residual after layer 0 is the embedding plus attention only
            ForwardHooks plain = ForwardHooks.recording(Capture.RESIDUAL, Capture.MLP_OUTPUT);
            f.run(f.clean(), plain);
            NDArray withoutMlp = plain.residual(1).sub(plain.mlpOutput(0));
            assertArrayEquals(withoutMlp.toFloatArray(), hooks.residual(1).toFloatArray(), 1e-5f);
        }
    }
}
