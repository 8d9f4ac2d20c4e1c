package raspc.compiler.task;

/**
 * How a composition document spells its answer. Both start {@code S T0_i .. T4_j ' ' x ' '}: the
 * prompt runs up to and including the second separator, as in the reference's evaluation.
 */
public enum PromptFormat {
    /** {@code S T.. ' ' x ' ' f0(x) ' ' f1(f0(x)) ... ' ' y}: every intermediate output (48 tokens). */
    STEP_BY_STEP("step"),
    /** {@code S T.. ' ' x ' ' y}: the final output only (20 tokens). */
    DIRECT("direct");

    private final String suffix;

    PromptFormat(String suffix) {
        this.suffix = suffix;
    }

    /** The last part of a variant name: {@code step} or {@code direct}. */
    public String suffix() {
        return suffix;
    }

    static PromptFormat ofSuffix(String suffix) {
        for (PromptFormat f : values()) {
            if (f.suffix.equals(suffix)) {
                return f;
            }
        }
        return null;
    }
}
