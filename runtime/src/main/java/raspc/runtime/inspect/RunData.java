package raspc.runtime.inspect;

import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.SplitTaskData;
import raspc.runtime.matrix.MatrixTaskData;

/**
 * What an inspected run was trained on: a labelled task (sequence or Boolean, scored per output
 * against the program's labels) or matrix completion (a masked regressor, scored by masked-entry
 * MSE). The tools switch over it where the two differ and share everything else.
 */
public sealed interface RunData {
    SplitTaskData data();

    /** A sequence task or a Boolean function. */
    record Labelled(EncodedTaskData data) implements RunData {}

    /** A matrix-completion variant: inputs are n^2 value tokens with MASK where hidden. */
    record Matrices(MatrixTaskData data) implements RunData {}
}
