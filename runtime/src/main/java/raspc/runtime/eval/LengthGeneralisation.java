package raspc.runtime.eval;

import java.util.List;

/**
 * Accuracy on fresh samples longer than any in training.
 *
 * @param evaluated false when the task cannot generate such samples or the model cannot read them
 * @param note why it was not evaluated (null when it was)
 */
public record LengthGeneralisation(boolean evaluated, String note, int minLength, int maxLength, long seed,
        SplitMetrics metrics, List<LengthMetrics> byLength) {

    static LengthGeneralisation skipped(String note) {
        return new LengthGeneralisation(false, note, 0, 0, 0, null, List.of());
    }
}
