package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import java.util.List;
import raspc.runtime.data.Batch;
import raspc.runtime.data.HeadId;

/**
 * The loss a batch is trained on: the model's objective's per-sequence loss averaged over the
 * batch (for the RASP tasks the per-sequence mean cross-entropy over scored positions), plus
 * {@code attnWeight} x the MSE between each supervised head's attention and its row-normalised
 * target (over real query/key pairs), averaged over heads. Also counts correct outputs and
 * sequences, on the device.
 */
public final class TaskLoss {
    private final ModelConfig model;
    private final List<HeadId> heads;
    private final float attnWeight;

    public TaskLoss(ModelConfig model, List<HeadId> heads, float attnWeight) {
        this.model = model;
        this.heads = List.copyOf(heads);
        this.attnWeight = attnWeight;
    }

    /**
     * @param total scalar objective (differentiable)
     * @param perSequence [B] loss of each sequence (output part only)
     * @param attention scalar attention MSE (0 without supervised heads)
     * @param correctPerSequence [B] float: correctly predicted scored outputs per sequence
     * @param sequenceCorrect [B] float: 1 where every scored output is right
     */
    public record Parts(NDArray total, NDArray perSequence, NDArray attention, NDArray correctPerSequence,
            NDArray sequenceCorrect) {}

    public Parts compute(ModelOutput output, Batch batch) {
        return compute(output, batch, null);
    }

    /**
     * The loss of one shard of a batch, weighted as its share of the whole batch's: the
     * per-sequence losses summed over the shard and divided by the batch's sequence count, the
     * attention errors summed over the shard's pairs and divided by the batch's pair count. The
     * shards' totals (and attention parts) then add up to {@link #compute(ModelOutput, Batch)} of
     * the whole batch, up to the order of float sums; their gradients add up likewise.
     */
    public Parts compute(ModelOutput output, Batch shard, BatchShare share) {
        Objective.Scores scores = model.objective().score(output.logits(), shard.targets());
        NDArray perSequence = scores.perSequence();
        NDArray attention = attentionLoss(output, shard, share);
        NDArray total = share == null ? perSequence.mean() : Scalars.dividedBy(perSequence.sum(), share.sequences());
        if (attention != null && attnWeight > 0) {
            total = total.add(Scalars.times(attention, attnWeight));
        }
        if (attention == null) {
            attention = perSequence.getManager().zeros(new ai.djl.ndarray.types.Shape());
        }
        return new Parts(total, perSequence, attention, scores.correctPerSequence(), scores.sequenceCorrect());
    }

    /**
     * What a shard's loss is divided by: the whole batch's sequence count and its count of real
     * query/key pairs ({@link #pairCount}), known before any shard is encoded.
     */
    public record BatchShare(int sequences, long pairs) {}

    /** The real query/key pairs of a batch (or shard): the sum over sequences of length squared. */
    public static long pairCount(java.util.List<raspc.runtime.data.EncodedSample> samples) {
        long pairs = 0;
        for (raspc.runtime.data.EncodedSample s : samples) {
            pairs += (long) s.input().length * s.input().length;
        }
        return pairs;
    }

    private NDArray attentionLoss(ModelOutput output, Batch batch, BatchShare share) {
        if (heads.isEmpty()) {
            return null;
        }
        NDArray valid = batch.valid();
        NDArray pairs = valid.expandDims(2).mul(valid.expandDims(1)); // [B, T, T] real query x real key
        // the device sum equals the host count exactly (integers far below 2^24)
        NDArray pairCount = share == null ? pairs.sum() : valid.getManager().create((float) share.pairs());
        NDArray sum = null;
        for (HeadId head : heads) {
            NDArray probabilities = output.attention(head.layer()).get(":, {}", head.head());
            NDArray error = probabilities.sub(batch.attentionTargets().get(head)).square().mul(pairs).sum().div(pairCount);
            sum = sum == null ? error : sum.add(error);
        }
        return Scalars.dividedBy(sum, heads.size());
    }
}
