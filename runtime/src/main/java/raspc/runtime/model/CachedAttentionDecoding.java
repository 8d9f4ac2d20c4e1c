package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/** Decoding with a transformer: every layer keeps the keys and values of the tokens read so far. */
final class CachedAttentionDecoding implements Decoding {
    private final TransformerModel model;
    private final ParameterStore store;
    private final List<KeyValues> caches = new ArrayList<>();
    private int read;

    CachedAttentionDecoding(TransformerModel model, ParameterStore store) {
        this.model = model;
        this.store = store;
        model.layers().forEach(l -> caches.add(new KeyValues()));
    }

    @Override
    public NDArray read(NDArray tokens) {
        int fresh = (int) tokens.getShape().get(1);
        NDArray x = model.embed(store, tokens, read, false);
        // the new queries see every earlier token and those of their own that precede them
        // (one new token sees everything: no mask)
        NDArray mask = fresh == 1 ? null : model.causalMask(read + fresh).get(":, :, {}:, :", read);
        List<EncoderLayer> layers = model.layers();
        for (int l = 0; l < layers.size(); l++) {
            x = layers.get(l).step(store, x, mask, caches.get(l));
        }
        read += fresh;
        return model.logits(store, x.get(":, -1:, :"), null, 1, false).squeeze(1);
    }
}
