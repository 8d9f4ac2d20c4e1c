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

    /**
     * A document read by a causal decoder for next-token prediction (teacher forced): the input
     * is the document but its last token, the target the document but its first.
     */
    public static EncodedSample teacherForced(int[] document) {
        return new EncodedSample(java.util.Arrays.copyOf(document, document.length - 1),
                java.util.Arrays.copyOfRange(document, 1, document.length));
    }

    /** Input length in tokens, BOS included. */
    public int size() {
        return input.length;
    }
}
