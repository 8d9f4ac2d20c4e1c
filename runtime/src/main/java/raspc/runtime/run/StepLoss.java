package raspc.runtime.run;

/**
 * The training loss logged at one optimizer step (metrics.jsonl's {@code step_losses}, written
 * when a run is trained with a logging interval): the mean over the batches since the previous
 * logged step of the same round, so an interval of 1 is the loss of each step.
 *
 * @param step optimizer steps taken, from 1
 * @param loss the training objective (with the attention term)
 * @param attentionLoss the attention MSE in it (0 without supervised heads)
 */
public record StepLoss(long step, double loss, double attentionLoss) {}
