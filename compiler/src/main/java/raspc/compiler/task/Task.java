package raspc.compiler.task;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.dataset.Sample;

/**
 * A task ready to make data. Samples are pure functions of (split, index). A new kind of task
 * (composition, matrix completion) is one more record here; the runtime switches over this type
 * exhaustively, so the compiler names every place that has to decide what the new kind means.
 */
public sealed interface Task permits SequenceTask, BooleanFunctionTask {
    String BIT_ZERO = "0";
    String BIT_ONE = "1";

    String name();

    List<String> inputVocab();

    List<String> outputVocab();

    /** Whether inputs start with the BOS token (counted in {@link #minLength()}/{@link #maxLength()}). */
    boolean bos();

    /** The BOS symbol (also the padding symbol of BOS tasks); empty for tasks without one. */
    Optional<String> bosToken();

    int minLength();

    int maxLength();

    SplitInputs inputs();

    InputGenerator generator();

    /** The sample (target, attention targets) of one input. */
    Sample label(List<String> input);

    /** The same task with attention targets for every planned head (for drawing and checking). */
    Task withAttentionTargets();

    default int size(Split split) {
        return inputs().size(split);
    }

    default Sample sample(Split split, int index) {
        return label(inputs().input(split, index));
    }

    /** A fresh sample outside the splits (for checks and longer-than-trained inputs). */
    default Sample fresh(int length, long seed) {
        return label(generator().generate(length, new SplittableRandom(Seeds.mix(seed ^ 0x5DEECE66DL))));
    }
}
