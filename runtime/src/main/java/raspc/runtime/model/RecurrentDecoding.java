package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;

/** Decoding with an LSTM: the hidden and cell states of every layer carry what was read. */
final class RecurrentDecoding implements Decoding {
    private final TransformerModel model;
    private final ParameterStore store;
    /** [hidden, cell], each [layers, B, d]; null before the first read (zero state). */
    private NDList state;

    RecurrentDecoding(TransformerModel model, ParameterStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public NDArray read(NDArray tokens) {
        NDArray x = model.embed(store, tokens, 0, false);
        NDList in = state == null ? new NDList(x) : new NDList(x, state.get(0), state.get(1));
        NDList out = model.recurrent().forward(store, in, false);
        state = new NDList(out.get(1), out.get(2));
        return model.logits(store, out.get(0).get(":, -1:, :"), null, 1, false).squeeze(1);
    }
}
