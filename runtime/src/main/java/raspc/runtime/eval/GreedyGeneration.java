package raspc.runtime.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import java.util.function.Consumer;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TransformerModel;

/**
 * Greedy decoding with a causal model: from a batch of prompts, append the most likely next
 * token, one at a time, for a fixed number of tokens (the reference's {@code evaluate_docs}; every
 * document of a batch has the same length, so no padding is needed). Each step runs the whole
 * prefix again: there is no key/value cache, which at 50 tokens costs less than it would save.
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
        NDArray tokens = prompts;
        NDManager manager = prompts.getManager();
        long batch = prompts.getShape().get(0);
        for (int i = 0; i < count; i++) {
            long length = tokens.getShape().get(1);
            NDArray lengths = manager.full(new ai.djl.ndarray.types.Shape(batch), (float) length, DataType.INT64);
            ModelOutput out = model.run(store, tokens, lengths, false);
            NDArray last = out.logits().get(":, -1, :");
            if (onStep != null) {
                onStep.accept(last);
            }
            NDArray next = last.argMax(-1).toType(DataType.INT64, false).expandDims(1);
            tokens = tokens.concat(next, 1);
        }
        return tokens;
    }
}
