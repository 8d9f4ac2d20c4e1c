package raspc.runtime.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import raspc.compiler.task.TaskOptions;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.run.OptimizerKind;
import raspc.runtime.train.TrainOptions;

/**
 * A sequence-task cell ({@code reverse_10}, {@code sort_10_bos_with_attns}): trained as
 * {@code train} trains it, with {@link TrainOptions}' defaults (the command's) for the unset keys.
 * {@code layers} and {@code heads} may be numbers or relative to the program's plan:
 * {@code plan}, {@code plan-1}, {@code plan+1} (the matched-shapes experiment); attention
 * supervision comes with a {@code _with_attns} variant, its weight with {@code attn_weight}.
 */
public record SequenceCell(String task, long seed, Map<String, Object> settings, List<String> varyingKeys)
        implements SweepCell {

    /** The options for a task whose plan has {@code plannedLayers} x {@code plannedHeads}; the caller adds device and folder. */
    public TrainOptions options(int plannedLayers, int plannedHeads) {
        TrainOptions o = new TrainOptions().seed(seed);
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            Object v = e.getValue();
            String k = e.getKey();
            switch (k) {
                case "layers" -> o.layers(shape(v, k, plannedLayers));
                case "heads" -> o.heads(shape(v, k, plannedHeads));
                case "dim" -> o.dim(SweepCell.intValue(v, k));
                case "ff" -> o.ff(SweepCell.intValue(v, k));
                case "dropout" -> o.dropout(SweepCell.floatValue(v, k));
                case "positions" -> o.positions(word(PositionEncoding.class, v, k));
                case "pre_ln" -> o.norm(SweepCell.bool(v, k) ? NormPlacement.PRE : NormPlacement.POST);
                case "epochs" -> o.epochs(SweepCell.intValue(v, k));
                case "batch" -> o.batchSize(SweepCell.intValue(v, k));
                case "batch_tokens" -> o.batchTokens(SweepCell.intValue(v, k));
                case "lr" -> o.learningRate(SweepCell.floatValue(v, k));
                case "lr_decay" -> o.lrDecay(SweepCell.floatValue(v, k));
                case "optimizer" -> o.optimizer(word(OptimizerKind.class, v, k));
                case "weight_decay" -> o.weightDecay(SweepCell.floatValue(v, k));
                case "attn_weight" -> o.attnWeight(SweepCell.floatValue(v, k));
                case "train_size", "valid_size", "test_size", "max_length", "data_seed" -> {
                    // data settings: data()
                }
                default -> throw new IllegalArgumentException("unknown train setting " + k);
            }
        }
        return o;
    }

    /** The overrides of the task's data settings. */
    public TaskOptions data() {
        return new TaskOptions(settings.containsKey("data_seed") ? (long) SweepCell.intValue(settings.get("data_seed"), "data_seed") : null,
                integer("train_size"), integer("valid_size"), integer("test_size"), integer("max_length"));
    }

    private Integer integer(String key) {
        return settings.containsKey(key) ? SweepCell.intValue(settings.get(key), key) : null;
    }

    /** A shape: a number, or {@code plan}, {@code plan-K}, {@code plan+K} against the planned value. */
    static int shape(Object v, String key, int planned) {
        if (v instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (t.matches("plan([+-][0-9]{1,3})?")) {
                int value = planned + (t.length() > 4 ? Integer.parseInt(t.substring(4)) : 0);
                if (value < 1) {
                    throw new IllegalArgumentException("train." + key + ": " + s + " is " + value
                            + " for a plan of " + planned + "; a shape needs at least 1");
                }
                return value;
            }
            throw new IllegalArgumentException("train." + key + ": '" + s + "' is not a number or plan, plan-1, plan+1");
        }
        return SweepCell.intValue(v, key);
    }

    private static <E extends Enum<E>> E word(Class<E> type, Object v, String key) {
        try {
            return Enum.valueOf(type, String.valueOf(v).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("train." + key + ": '" + v + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
