package raspc.compiler.task;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.dataset.Sample;

/**
 * A task whose samples are token sequences labelled by a program or a Boolean function: a RASP
 * task variant or a Boolean function of n bits. Samples are pure functions of (split, index).
 */
public sealed interface LabelledTask extends Task permits SequenceTask, BooleanFunctionTask {
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
    LabelledTask withAttentionTargets();

    default int size(Split split) {
        return inputs().size(split);
    }

    default Sample sample(Split split, int index) {
        return label(inputs().input(split, index));
    }

    /** A fresh sample outside the splits (for checks and longer-than-trained inputs). */
    default Sample fresh(int length, long seed) {
        return label(generator().generate(length, random(seed)));
    }

    /**
     * The tokens an input is made of, each drawn independently of the others, when the task's
     * generator draws them so; empty for structured inputs (Dyck words, a RASP generator), whose
     * tokens cannot be drawn from another distribution without leaving the task.
     */
    Optional<List<String>> independentTokens();

    /** A fresh sample with its tokens drawn from {@code tokens}; empty when the task does not allow it. */
    default Optional<Sample> fresh(int length, long seed, TokenDistribution tokens) {
        return switch (tokens) {
            case TokenDistribution.Trained t -> Optional.of(fresh(length, seed));
            case TokenDistribution.Zipf z -> independentTokens().map(a -> label(z.draw(a, length, random(seed))));
            case TokenDistribution.FewDistinct f -> independentTokens().map(a -> label(f.draw(a, length, random(seed))));
        };
    }

    private static SplittableRandom random(long seed) {
        return new SplittableRandom(Seeds.mix(seed ^ 0x5DEECE66DL));
    }
}
