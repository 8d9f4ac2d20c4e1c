package raspc.runtime.sweep;

import java.util.List;
import java.util.Map;
import raspc.runtime.boolfn.BooleanTrainOptions;

/**
 * One cell of a sweep: a function at a length, a seed and training settings (the keys of the
 * file's train block; unset ones keep {@link BooleanTrainOptions}'s defaults).
 *
 * @param varyingKeys the settings that differ between cells (they name the cell's folder)
 */
public record SweepCell(String function, int n, long seed, Map<String, Object> settings, List<String> varyingKeys) {

    /** {@code parity_8}; a function written with {@code {n}} puts n there: {@code random_{n}_7} gives {@code random_8_7}. */
    public String task() {
        return function.contains(SweepSpec.LENGTH_SLOT) ? function.replace(SweepSpec.LENGTH_SLOT, Integer.toString(n))
                : function + "_" + n;
    }

    /** Folder name, unique in the sweep: e.g. {@code parity_8-seed2} or {@code parity_8-lr0.001-seed2}. */
    public String id() {
        StringBuilder s = new StringBuilder(task());
        for (String k : varyingKeys) {
            s.append('-').append(k.replace("_", "")).append(settings.get(k));
        }
        return s.append("-seed").append(seed).toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Group of the plots and slopes: the function, with the varying settings; a random draw's
     * cells share their group, as seeds do, so that a group's cells are the draws' spread.
     */
    public String group() {
        StringBuilder s = new StringBuilder(function);
        for (String k : varyingKeys) {
            if (k.equals(SettingDraws.DRAW)) {
                continue;
            }
            s.append(' ').append(k).append('=').append(settings.get(k));
        }
        return s.toString();
    }

    public BooleanTrainOptions options() {
        BooleanTrainOptions o = new BooleanTrainOptions().seed(seed);
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "dim" -> o.dim(intValue(v, e.getKey()));
                case "layers" -> o.layers(intValue(v, e.getKey()));
                case "heads" -> o.heads(intValue(v, e.getKey()));
                case "ff" -> o.ff(intValue(v, e.getKey()));
                case "steps" -> o.steps(intValue(v, e.getKey()));
                case "batch" -> o.batchSize(intValue(v, e.getKey()));
                case "lr" -> o.learningRate(((Number) v).floatValue());
                case "weight_decay" -> o.weightDecay(((Number) v).floatValue());
                case "train_inputs" -> o.trainInputs(intValue(v, e.getKey()));
                case "eval_every" -> o.evalEvery(intValue(v, e.getKey()));
                case "eval_inputs" -> o.evalInputs(intValue(v, e.getKey()));
                case "convergence_mse" -> o.convergenceMse(((Number) v).doubleValue());
                case "stop_at_convergence" -> o.stopAtConvergence(bool(v, e.getKey()));
                case SettingDraws.DRAW -> { } // the draw's number only names the cell; its values are the other keys
                default -> throw new IllegalArgumentException("unknown train setting " + e.getKey());
            }
        }
        return o;
    }

    private static int intValue(Object v, String key) {
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new IllegalArgumentException("train." + key + ": expected an integer, got " + v);
    }

    private static boolean bool(Object v, String key) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("train." + key + ": expected true or false, got " + v);
    }
}
