package raspc.runtime.data;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;

/**
 * One batch on the device. All arrays belong to the batch's manager and go when it closes.
 *
 * @param tokens [B, T] int64 input ids, padded
 * @param lengths [B] int64 input lengths (BOS included)
 * @param targets what the objective scores against, as its {@link TargetEncoder} encoded them
 * @param valid [B, T] float32: 1 at real tokens (BOS included)
 * @param attentionTargets per supervised head [B, T, T]: the pattern, row-normalised (an empty row
 *     becomes uniform over the real keys)
 * @param selections per supervised head [B, T, T] 0/1 pattern, only when encoded for evaluation
 * @param selectionRows per supervised head [B, T]: 1 for real query rows that select something (evaluation only)
 * @param samples the samples, in row order
 */
public record Batch(
        NDArray tokens,
        NDArray lengths,
        TargetEncoder.Targets targets,
        NDArray valid,
        Map<HeadId, NDArray> attentionTargets,
        Map<HeadId, NDArray> selections,
        Map<HeadId, NDArray> selectionRows,
        List<EncodedSample> samples) {

    public int size() {
        return samples.size();
    }
}
