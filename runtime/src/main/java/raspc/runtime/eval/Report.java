package raspc.runtime.eval;

import java.util.List;
import java.util.Map;
import raspc.runtime.model.Architecture;

/**
 * report.json. Its shape is stable: tools read {@code splits.test.token_accuracy} and friends.
 *
 * @param stopReason why training ended ("completed 50 epochs", "validation accuracy 1.0 for 3
 *     epochs", "interrupted")
 * @param bestEpoch epoch (from 1) of the evaluated parameters; 0 when training stopped before the
 *     first epoch ended (the initial parameters are evaluated)
 * @param splits train, valid and test figures of the best checkpoint
 * @param byLength test-split figures per input length
 * @param attentionAgreement test-split agreement of each supervised head with its selector
 * @param steps optimizer steps taken
 * @param bestStep with a step budget: the step of the evaluated parameters (0: the initial ones)
 * @param convergedStep with a step budget's convergence threshold: the step after which it was
 *     first met; 0 when it was not (or there is none)
 * @param compositions for tasks evaluated by generation (composition studies): accuracy on seen
 *     and unseen compositions; null for the others
 */
public record Report(
        String task,
        String runId,
        String device,
        boolean interrupted,
        String stopReason,
        int epochsCompleted,
        int bestEpoch,
        double trainingSeconds,
        ModelSummary model,
        Map<String, SplitMetrics> splits,
        List<LengthMetrics> byLength,
        List<HeadAgreement> attentionAgreement,
        LengthGeneralisation lengthGeneralisation,
        long steps,
        long bestStep,
        long convergedStep,
        GenerationReport compositions) {

    /** The model's shape, for people reading the report. */
    /** The trained shape; {@code architecture} is null in reports written before it was recorded. */
    public record ModelSummary(int layers, int heads, int dim, int ff, long parameters, Architecture architecture) {
        /** Recurrent layers (an LSTM): no heads and no MLP. */
        public boolean recurrent() {
            return architecture != null && !architecture.attends();
        }
    }
}
