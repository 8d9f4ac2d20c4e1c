package raspc.runtime.model;

/**
 * How positions enter the model: fixed sinusoids added to the token embedding (any length), a
 * learned table added to it (up to its size), or a learned table of width d/2 concatenated with a
 * token embedding of width d/2 (the setup of Hahn and Rofin's sensitivity experiments; up to its
 * size).
 */
public enum PositionEncoding {
    SINUSOIDAL, LEARNED, LEARNED_CONCAT;

    /** Whether positions come from a learned table (and so limit the input length). */
    public boolean isLearned() {
        return this != SINUSOIDAL;
    }
}
