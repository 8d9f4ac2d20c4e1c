package raspc.runtime.data;

import java.util.List;
import java.util.Optional;
import raspc.compiler.task.TokenDistribution;

/**
 * What the runtime needs to know about a task. The compiler module implements it from a task
 * definition; tests implement it with plain Java generators.
 *
 * <p>Lengths in this interface ({@link #maxLength()}, {@link #freshSamples}) count the task's
 * own tokens, without BOS; {@link EncodedSample#input()} includes BOS when {@link #hasBos()}.
 */
public interface TaskData {
    /** Task name, e.g. {@code reverse_26}; used for the run folder. */
    String name();

    /** Input vocabulary; index = id. */
    List<String> inputVocab();

    /** Output vocabulary; index = id. For a readout scored by MSE: exactly two entries, false then true. */
    List<String> outputVocab();

    /** Input id used for padding (may equal the BOS id). */
    int padId();

    /** Whether every input starts with a BOS token whose output is fixed (and therefore not scored). */
    boolean hasBos();

    /** Samples of a split: {@code train}, {@code valid} or {@code test}. */
    List<EncodedSample> split(String name);

    /**
     * New samples with lengths (without BOS) uniform in [minLen, maxLen], deterministic in the
     * seed; empty when the task cannot generate outside its stored splits.
     */
    Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed);

    /**
     * New samples whose tokens come from {@code tokens} (another frequency than training);
     * empty when the task cannot draw its inputs so. As trained, they are {@link #freshSamples}.
     */
    default Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed,
            TokenDistribution tokens) {
        return tokens instanceof TokenDistribution.Trained ? freshSamples(count, minLen, maxLen, seed) : Optional.empty();
    }

    /** Largest length (without BOS) of the training data. */
    int maxLength();

    /** Smallest length (without BOS) of the training data. */
    default int minLength() {
        return 1;
    }

    /**
     * Whether the task is defined at its training length only (a Boolean function of n bits):
     * then checks run at that length and the report skips length generalisation.
     */
    default boolean fixedLength() {
        return false;
    }

    /** For {@link #freshSamples}: a fixed-length task refuses any other length, naming both. */
    default void requireDefinedAt(int minLen, int maxLen) {
        if (fixedLength() && (minLen != maxLength() || maxLen != maxLength())) {
            throw new raspc.runtime.RuntimeUserException(name() + " is defined on inputs of length " + maxLength()
                    + " only, not " + (minLen == maxLen ? String.valueOf(minLen) : minLen + ".." + maxLen));
        }
    }

    /** Heads whose attention is supervised; each sample carries a pattern for each of them. */
    List<HeadId> supervisedHeads();

    /** Layers of the matched transformer according to the plan. */
    int plannedLayers();

    /** Heads per layer of the matched transformer according to the plan. */
    int plannedHeads();

    /** How the model produces its output; per-position by default. */
    default OutputKind outputKind() {
        return OutputKind.PER_POSITION;
    }

    /**
     * Fresh training samples drawn at every step (online training, with a step budget); empty
     * for tasks trained on their train split.
     */
    default Optional<SampleStream> online() {
        return Optional.empty();
    }

    /**
     * Documents to evaluate by greedy generation after training (the composition study's
     * evaluation, reported per group as seen and unseen); empty for tasks scored per position.
     */
    default Optional<java.util.List<GenerationCase>> generation() {
        return Optional.empty();
    }

    /** Split names, in report order. */
    List<String> SPLITS = List.of("train", "valid", "test");
}
