package raspc.runtime.data;

/** Shape of a task's target. */
public enum OutputKind {
    /** One output per input position (reverse, sort, hist, dyck...). */
    PER_POSITION,
    /** One output per sequence, read at the first (BOS) position (Boolean functions). */
    READOUT_FIRST,
    /** One output per sequence, read at the last real position. */
    READOUT_LAST,
    /** The next token at every position (an autoregressive decoder; the composition study). */
    NEXT_TOKEN,
    /** One real value per position, every position scored (matrix completion; model.Objective.MaskedPositionRegression). */
    MASKED_REGRESSION
}
