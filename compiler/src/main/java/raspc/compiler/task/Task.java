package raspc.compiler.task;

/**
 * A task ready to make data, as one variant name stands for it. The kinds differ in what their
 * data is (labelled token sequences, composition documents, masked matrices), so all they share
 * is the name; the runtime turns each into training data in one exhaustive switch, so a new kind
 * is one more case here and the compiler names every place that has to decide what it means.
 */
public sealed interface Task permits LabelledTask, CompositionTask, MatrixTask, ScratchpadTask {
    /** The bit tokens of Boolean functions' inputs (their training data and probes use them too). */
    String BIT_ZERO = "0";
    String BIT_ONE = "1";

    /** The variant name, e.g. {@code reverse_26}, {@code parity_20}, {@code compose_random_50_step}, {@code matrix_7_rank2_p30}, {@code parity_scratchpad_16}. */
    String name();
}
