package raspc.runtime.sweep;

import java.util.List;
import java.util.Map;
import raspc.runtime.boolfn.BooleanTrainOptions;

/**
 * A Boolean cell: a function at a length, trained by {@code train-boolean}'s path and analysed
 * (unset settings keep {@link BooleanTrainOptions}'s defaults).
 */
public record BooleanCell(String function, int n, long seed, Map<String, Object> settings, List<String> varyingKeys)
        implements SweepCell {

    /** {@code parity_8}; a function written with {@code {n}} puts n there: {@code random_{n}_7} gives {@code random_8_7}. */
    @Override
    public String task() {
        return function.contains(SweepSpec.LENGTH_SLOT) ? function.replace(SweepSpec.LENGTH_SLOT, Integer.toString(n))
                : function + "_" + n;
    }

    /** Group of the plots and slopes: the function, with the varying settings. */
    public String group() {
        return function + varyingText();
    }

    public BooleanTrainOptions options() {
        BooleanTrainOptions o = new BooleanTrainOptions().seed(seed);
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            Object v = e.getValue();
            String k = e.getKey();
            switch (k) {
                case "dim" -> o.dim(SweepCell.intValue(v, k));
                case "layers" -> o.layers(SweepCell.intValue(v, k));
                case "heads" -> o.heads(SweepCell.intValue(v, k));
                case "ff" -> o.ff(SweepCell.intValue(v, k));
                case "steps" -> o.steps(SweepCell.intValue(v, k));
                case "batch" -> o.batchSize(SweepCell.intValue(v, k));
                case "lr" -> o.learningRate(SweepCell.floatValue(v, k));
                case "weight_decay" -> o.weightDecay(SweepCell.floatValue(v, k));
                case "train_inputs" -> o.trainInputs(SweepCell.intValue(v, k));
                case "eval_every" -> o.evalEvery(SweepCell.intValue(v, k));
                case "eval_inputs" -> o.evalInputs(SweepCell.intValue(v, k));
                case "convergence_mse" -> o.convergenceMse(((Number) v).doubleValue());
                case "stop_at_convergence" -> o.stopAtConvergence(SweepCell.bool(v, k));
                case SettingDraws.DRAW -> { } // the draw's number only names the cell; its values are the other keys
                default -> throw new IllegalArgumentException("unknown train setting " + k);
            }
        }
        return o;
    }
}
