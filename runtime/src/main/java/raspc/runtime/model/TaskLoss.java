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
        Objective.Scores scores = model.objective().score(output.logits(), batch.targets());
        NDArray perSequence = scores.perSequence();
        NDArray correct = scores.correctPerSequence();
        NDArray sequenceCorrect = scores.sequenceCorrect();
        NDArray attention = attentionLoss(output, batch);
        NDArray total = perSequence.mean();
        if (attention != null && attnWeight > 0) {
            total = total.add(Scalars.times(attention, attnWeight));
        }
        if (attention == null) {
            attention = perSequence.getManager().zeros(new ai.djl.ndarray.types.Shape());
        }
        return new Parts(total, perSequence, attention, correct, sequenceCorrect);
    }

    private NDArray attentionLoss(ModelOutput output, Batch batch) {
        if (heads.isEmpty()) {
            return null;
        }
        NDArray valid = batch.valid();
        NDArray pairs = valid.expandDims(2).mul(valid.expandDims(1)); // [B, T, T] real query x real key
        NDArray pairCount = pairs.sum();
        NDArray sum = null;
        for (HeadId head : heads) {
            NDArray probabilities = output.attention(head.layer()).get(":, {}", head.head());
            NDArray error = probabilities.sub(batch.attentionTargets().get(head)).square().mul(pairs).sum().div(pairCount);
            sum = sum == null ? error : sum.add(error);
        }
        return Scalars.dividedBy(sum, heads.size());
    }
}
