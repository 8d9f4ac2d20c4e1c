package raspc.runtime.plot;

/** What an attention figure shows, which fixes its colour scale. */
public enum MapKind {
    /** Softmax output: fixed scale 0..1, sequential colour map. */
    PROBABILITIES("attention probability"),
    /** Pre-softmax scores: scale from the data, diverging around 0 when both signs occur. */
    SCORES("pre-softmax score");

    private final String description;

    MapKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
