package raspc.runtime.inspect;

import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.SplitTaskData;
import raspc.runtime.data.TaskData;
import raspc.runtime.matrix.MatrixTaskData;

/**
 * What an inspected run was trained on: a labelled task (sequence or Boolean, scored per output
 * against the program's labels), matrix completion (a masked regressor, scored by masked-entry
 * MSE), function composition (a causal decoder, scored teacher-forced on the answer of its
 * evaluation documents) or scratchpad parity (a causal decoder, scored teacher-forced on the
 * answer tokens of its test documents). The tools switch over it where the kinds differ and share everything else.
 */
public sealed interface RunData {
    TaskData data();

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

    /**
     * A scratchpad parity variant ({@code parity_scratchpad_<n>}, {@code parity_direct_<n>}):
     * documents of n input bits and the answer tokens, only the answer tokens scored
     * ({@link ScratchpadPositions} says where they are).
     */
    record Scratchpads(ScratchpadData data) implements RunData {
        public ScratchpadTask task() {
            return data.task();
        }
    }
}
