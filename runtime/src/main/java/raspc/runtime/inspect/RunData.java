package raspc.runtime.inspect;

import raspc.compiler.task.CompositionTask;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.SplitTaskData;
import raspc.runtime.matrix.MatrixTaskData;

/**
 * What an inspected run was trained on: a labelled task (sequence or Boolean, scored per output
 * against the program's labels), matrix completion (a masked regressor, scored by masked-entry
 * MSE) or function composition (a causal decoder, scored teacher-forced on the answer of its
 * evaluation documents). The tools switch over it where the kinds differ and share everything else.
 */
public sealed interface RunData {
    SplitTaskData data();

    /** A sequence task or a Boolean function. */
    record Labelled(EncodedTaskData data) implements RunData {}

    /** A matrix-completion variant: inputs are n^2 value tokens with MASK where hidden. */
    record Matrices(MatrixTaskData data) implements RunData {}

    /**
     * A composition variant: {@code data} is its next-token training data (the composition
     * study's {@code CompositionData}, which lives above this package), {@code task} the variant
     * whose evaluation documents the tools read.
     */
    record Compositions(SplitTaskData data, CompositionTask task) implements RunData {
        public Compositions {
            if (!data.name().equals(task.name())) {
                throw new IllegalArgumentException("the data of " + data.name() + " is not that of " + task.name());
            }
        }
    }

}
