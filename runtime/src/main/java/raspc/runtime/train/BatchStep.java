package raspc.runtime.train;

import ai.djl.ndarray.NDManager;
import java.util.List;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.model.TaskLoss;

/**
 * One optimizer step on one batch: forward, loss, backward, update. Either the whole batch in
 * one pass on the calling thread ({@link WholeBatchStep}, GPUs and one CPU thread), or the batch
 * cut into shards that run side by side, one per thread ({@link ShardedBatchStep}).
 */
sealed interface BatchStep extends AutoCloseable permits WholeBatchStep, ShardedBatchStep {

    /**
     * Trains on {@code group} at {@code learningRate}; the figures it returns live in
     * {@code batchManager} (their total and attention parts are the whole batch's).
     */
    TaskLoss.Parts train(NDManager batchManager, List<EncodedSample> group, float learningRate);

    @Override
    void close();
}
