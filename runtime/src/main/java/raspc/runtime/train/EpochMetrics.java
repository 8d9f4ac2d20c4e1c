package raspc.runtime.train;

/**
 * One line of metrics.jsonl.
 *
 * @param epoch epoch number, from 1
 * @param trainLoss mean training objective over the epoch's batches (with the attention term)
 * @param trainAttentionLoss mean attention MSE (0 without supervised heads)
 * @param improved whether this epoch's validation loss was the best so far (model.params saved)
 */
public record EpochMetrics(
        int epoch,
        double trainLoss,
        double trainAttentionLoss,
        double trainTokenAccuracy,
        double trainSequenceAccuracy,
        double validLoss,
        double validTokenAccuracy,
        double validSequenceAccuracy,
        double learningRate,
        double seconds,
        double samplesPerSecond,
        boolean improved) {}
