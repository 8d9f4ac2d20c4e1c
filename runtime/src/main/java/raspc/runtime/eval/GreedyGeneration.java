package raspc.runtime.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.function.Consumer;
import raspc.runtime.model.Decoding;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TransformerModel;

/**
 * Greedy decoding with a causal model: from a batch of prompts, append the most likely next
 * token, one at a time, for a fixed number of tokens (the reference's {@code evaluate_docs}; every
 * document of a batch has the same length, so no padding is needed). The prompt is read once and
 * each new token on top of the model's {@link Decoding} state (a key/value cache, or an LSTM's
 * state); {@link #generateByRerunning} re-runs the whole prefix for every token instead and is
 * the reference the cache is checked and timed against.
 */
public final class GreedyGeneration {
    private GreedyGeneration() {}

    /**
     * @param prompts [B, P] int64 token ids
     * @return [B, P + count] int64: the prompts and what was generated after them
     */
    public static NDArray generate(TransformerModel model, ParameterStore store, NDArray prompts, int count) {
        return generate(model, store, prompts, count, null);
    }

    /**
     * As {@link #generate(TransformerModel, ParameterStore, NDArray, int)}, handing each step's
     * next-token logits [B, vocabulary] to {@code onStep} (null: nobody), for callers that show them.
     */
    public static NDArray generate(TransformerModel model, ParameterStore store, NDArray prompts, int count,
            Consumer<NDArray> onStep) {
        Decoding decoding = model.decoding(store);
        NDArray tokens = prompts;
        NDArray fresh = prompts;
        for (int i = 0; i < count; i++) {
            NDArray logits = decoding.read(fresh);
            if (onStep != null) {
                onStep.accept(logits);
            }
            fresh = mostLikely(logits);
            tokens = tokens.concat(fresh, 1);
        }
        return tokens;
    }

    /** The same generation, each token from a forward pass over the whole prefix (no cache). */
    public static NDArray generateByRerunning(TransformerModel model, ParameterStore store, NDArray prompts, int count) {
        NDArray tokens = prompts;
        NDManager manager = prompts.getManager();
        long batch = prompts.getShape().get(0);
        for (int i = 0; i < count; i++) {
            long length = tokens.getShape().get(1);
            NDArray lengths = manager.full(new Shape(batch), (float) length, DataType.INT64);
            ModelOutput out = model.run(store, tokens, lengths, false);
            tokens = tokens.concat(mostLikely(out.logits().get(":, -1, :")), 1);
        }
        return tokens;
    }

    /** logits [B, C] -> the argmax tokens [B, 1] int64. */
    private static NDArray mostLikely(NDArray logits) {
        return logits.argMax(-1).toType(DataType.INT64, false).expandDims(1);
    }
}
