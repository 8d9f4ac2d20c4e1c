package raspc.runtime.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import raspc.runtime.compose.CompositionRecipe;
import raspc.runtime.compose.CompositionTraining;

/**
 * A composition cell: a composition variant trained as {@code train-compose} trains it (the same
 * {@link CompositionRecipe}; unset settings keep the reference's defaults), its row read from the
 * run's report.json.
 */
public record CompositionCell(String task, long seed, Map<String, Object> settings, List<String> varyingKeys)
        implements SweepCell {

    public CompositionRecipe recipe() {
        CompositionRecipe r = new CompositionRecipe().seed(seed);
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            Object v = e.getValue();
            String k = e.getKey();
            switch (k) {
                case "model" -> r.model(model(v));
                case "layers" -> r.layers(SweepCell.intValue(v, k));
                case "heads" -> r.heads(SweepCell.intValue(v, k));
                case "dim" -> r.dim(SweepCell.intValue(v, k));
                case "context" -> r.context(SweepCell.intValue(v, k));
                case "batch" -> r.batch(SweepCell.intValue(v, k));
                case "lr" -> r.learningRate(SweepCell.floatValue(v, k));
                case "weight_decay" -> r.weightDecay(SweepCell.floatValue(v, k));
                case "steps" -> r.steps(SweepCell.intValue(v, k));
                case "epochs" -> r.epochs(SweepCell.intValue(v, k));
                case "checkpoints" -> r.checkpoints(SweepCell.intValue(v, k));
                case "checkpoint_eval" -> r.checkpointEval(SweepCell.intValue(v, k));
                case "train_size" -> r.trainSize(SweepCell.intValue(v, k));
                case "valid_size" -> r.validSize(SweepCell.intValue(v, k));
                case "eval_size" -> r.evalSize(SweepCell.intValue(v, k));
                case "data_seed" -> r.dataSeed((long) SweepCell.intValue(v, k));
                default -> throw new IllegalArgumentException("unknown train setting " + k);
            }
        }
        return r;
    }

    private static CompositionTraining.Model model(Object v) {
        try {
            return CompositionTraining.Model.valueOf(String.valueOf(v).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("train.model: '" + v + "' is not a model (gpt or lstm)");
        }
    }
}
