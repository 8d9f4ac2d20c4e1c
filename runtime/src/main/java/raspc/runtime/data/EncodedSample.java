package raspc.runtime.data;

import java.util.Map;

/**
 * One training example, already encoded as ids.
 *
 * @param input input token ids (including the BOS id at position 0 when the task has BOS)
 * @param target output ids: one per input position, or exactly one for a readout task
 * @param attention for each supervised head, the selector pattern as [query][key] booleans over
 *     the input positions (may be empty when the task supervises no heads)
 */
public record EncodedSample(int[] input, int[] target, Map<HeadId, boolean[][]> attention) {
    /**
     * A per-position target that is not scored (neither loss nor accuracy): a decoder's
     * next-token target that is no part of the task, such as the random input bits of a
     * scratchpad document.
     */
    public static final int UNSCORED = -1;

    public EncodedSample {
        if (input.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one input token");
        }
        attention = Map.copyOf(attention);
    }

    public EncodedSample(int[] input, int[] target) {
        this(input, target, Map.of());
    }

    /** Input length in tokens, BOS included. */
    public int size() {
        return input.length;
    }
}
