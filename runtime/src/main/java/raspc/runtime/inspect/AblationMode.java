package raspc.runtime.inspect;

import java.util.Locale;
import raspc.runtime.RuntimeUserException;

/** How an ablation takes a component out of the forward pass. */
public enum AblationMode {
    /** A head's context vectors, or an MLP's output, become zero: its contribution is gone (biases stay). */
    ZERO,
    /**
     * A head attends with the pattern averaged over the evaluation batch (renormalised over each
     * row's real keys), as in the reference study; an MLP outputs its mean output at each position.
     * What is left is the component's input-independent part.
     */
    MEAN,
    /** A head attends evenly to every key it may see (heads only). */
    UNIFORM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean appliesTo(Component c) {
        return this != UNIFORM || c instanceof Component.Head;
    }

    public static AblationMode parse(String text) {
        for (AblationMode m : values()) {
            if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new RuntimeUserException("unknown ablation '" + text + "'; use zero, mean or uniform");
    }
}
