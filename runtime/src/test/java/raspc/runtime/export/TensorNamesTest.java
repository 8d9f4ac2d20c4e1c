package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** DJL's parameter names become the names examples/pytorch/raspc_model.py's modules give their parameters. */
class TensorNamesTest {
    @Test
    void blocksBecomeDottedPathsAndNormsGetTorchNames() {
        assertEquals("token_embedding", TensorNames.of("token_embedding"));
        assertEquals("layers.0.attention.qkv.weight", TensorNames.of("01layer0_01attention_01qkv_weight"));
        assertEquals("layers.1.norm2.weight", TensorNames.of("02layer1_04norm2_gamma"));
        assertEquals("final_norm.bias", TensorNames.of("03final_norm_beta"));
        assertEquals("classifier.bias", TensorNames.of("04classifier_bias"));
        assertEquals("embedding_norm.weight", TensorNames.of("01embedding_norm_gamma"));
    }

    /** A recurrent stack's parameters get torch.nn.LSTM's names. */
    @Test
    void lstmParametersGetTorchLstmNames() {
        assertEquals("lstm.weight_ih_l0", TensorNames.of("01lstm_l_0_i2h_WEIGHT"));
        assertEquals("lstm.weight_hh_l1", TensorNames.of("01lstm_l_1_h2h_WEIGHT"));
        assertEquals("lstm.bias_ih_l1", TensorNames.of("01lstm_l_1_i2h_BIAS"));
        assertEquals("lstm.bias_hh_l0_reverse", TensorNames.of("01lstm_r_0_h2h_BIAS"));
    }
}
