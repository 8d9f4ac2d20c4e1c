package raspc.runtime.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of metrics.jsonl.
 *
 * @param epoch epoch number, from 1
 * @param trainLoss mean training objective over the epoch's batches (with the attention term)
 * @param trainAttentionLoss mean attention MSE (0 without supervised heads)
 * @param improved whether this epoch's validation loss was the best so far (model.params saved)
 * @param step optimizer steps taken by the end of the epoch (of the round, with a step budget)
 * @param generation greedy-generation accuracy after the round, for runs evaluated by generation; else null
 * @param stepLosses the losses logged within the round (train with a logging interval); empty
 *     otherwise, and in metrics written before they existed
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
        boolean improved,
        long step,
        @JsonInclude(JsonInclude.Include.NON_NULL) GenerationFigures generation,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StepLoss> stepLosses) {

    public EpochMetrics {
        stepLosses = stepLosses == null ? List.of() : List.copyOf(stepLosses);
    }

    /** A line without logged step losses. */
    public EpochMetrics(int epoch, double trainLoss, double trainAttentionLoss, double trainTokenAccuracy,
            double trainSequenceAccuracy, double validLoss, double validTokenAccuracy, double validSequenceAccuracy,
            double learningRate, double seconds, double samplesPerSecond, boolean improved, long step,
            GenerationFigures generation) {
        this(epoch, trainLoss, trainAttentionLoss, trainTokenAccuracy, trainSequenceAccuracy, validLoss,
                validTokenAccuracy, validSequenceAccuracy, learningRate, seconds, samplesPerSecond, improved, step,
                generation, List.of());
    }

    /** A line without generation figures. */
    public EpochMetrics(int epoch, double trainLoss, double trainAttentionLoss, double trainTokenAccuracy,
            double trainSequenceAccuracy, double validLoss, double validTokenAccuracy, double validSequenceAccuracy,
            double learningRate, double seconds, double samplesPerSecond, boolean improved, long step) {
        this(epoch, trainLoss, trainAttentionLoss, trainTokenAccuracy, trainSequenceAccuracy, validLoss,
                validTokenAccuracy, validSequenceAccuracy, learningRate, seconds, samplesPerSecond, improved, step, null);
    }

    /** A line without the step count (metrics of earlier versions read as step 0). */
    public EpochMetrics(int epoch, double trainLoss, double trainAttentionLoss, double trainTokenAccuracy,
            double trainSequenceAccuracy, double validLoss, double validTokenAccuracy, double validSequenceAccuracy,
            double learningRate, double seconds, double samplesPerSecond, boolean improved) {
        this(epoch, trainLoss, trainAttentionLoss, trainTokenAccuracy, trainSequenceAccuracy, validLoss,
                validTokenAccuracy, validSequenceAccuracy, learningRate, seconds, samplesPerSecond, improved, 0, null);
    }
}
