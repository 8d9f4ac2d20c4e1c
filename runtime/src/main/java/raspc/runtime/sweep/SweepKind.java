package raspc.runtime.sweep;

import java.util.List;
import java.util.Locale;

/**
 * The kind of task a sweep trains, which decides its train keys, what each cell runs, its row
 * and its plots. One sweep trains one kind: the rows of different kinds have different columns.
 */
public enum SweepKind {
    /** {@code train-boolean} cells analysed by {@code analyze}: the length-scaling sweeps. */
    BOOLEAN(List.of("dim", "layers", "heads", "ff", "steps", "batch", "lr", "weight_decay", "train_inputs",
            "eval_every", "eval_inputs", "convergence_mse", "stop_at_convergence"), List.of()),
    /** {@code train-compose} cells: the composition study. */
    COMPOSITION(List.of("model", "layers", "heads", "dim", "context", "batch", "lr", "weight_decay", "steps", "epochs",
            "checkpoints", "checkpoint_eval", "train_size", "valid_size", "eval_size", "data_seed"), List.of("model")),
    /** {@code train} cells on sequence tasks (layers and heads may be relative to the plan: plan-1). */
    SEQUENCE(List.of("layers", "heads", "dim", "ff", "dropout", "positions", "pre_ln", "epochs", "batch", "batch_tokens",
            "lr", "lr_decay", "optimizer", "weight_decay", "attn_weight", "train_size", "valid_size", "test_size",
            "max_length", "data_seed"), List.of("layers", "heads", "positions", "optimizer"));

    private final List<String> trainKeys;
    private final List<String> textKeys;

    SweepKind(List<String> trainKeys, List<String> textKeys) {
        this.trainKeys = trainKeys;
        this.textKeys = textKeys;
    }

    /** The keys its train block may set. */
    public List<String> trainKeys() {
        return trainKeys;
    }

    /** The train keys whose values are words (model: lstm) rather than numbers. */
    public List<String> textKeys() {
        return textKeys;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SweepKind parse(String word, String pointer) {
        for (SweepKind k : values()) {
            if (k.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new SpecProblem(pointer, "kind: '" + word + "' is not a kind of sweep (known: "
                + String.join(", ", java.util.Arrays.stream(values()).map(SweepKind::word).toList()) + ")");
    }
}
