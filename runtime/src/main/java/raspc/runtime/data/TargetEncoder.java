package raspc.runtime.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/** How a batch's targets go to the device; the training objective decides (model.Objective). */
public interface TargetEncoder {
    /**
     * @param targets [B, T] int64 per position; [B] int64 for a readout; [B] float32 for a regression
     * @param scored [B, T] float32: 1 where an output is scored; null when every row has one output
     * @param scoredCounts [B] float32: scored outputs per row; null when every row has one output
     */
    record Targets(NDArray targets, NDArray scored, NDArray scoredCounts) {}

    /**
     * The targets of {@code samples}, padded to {@code length} positions; with {@code hasBos} the
     * first position's output is given, not scored.
     */
    Targets encode(NDManager manager, List<EncodedSample> samples, int length, boolean hasBos);

    /** Outputs of a sample that count in accuracy and loss. */
    int scoredOutputs(EncodedSample sample, boolean hasBos);
}
