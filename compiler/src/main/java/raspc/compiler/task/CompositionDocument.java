package raspc.compiler.task;

import java.util.List;

/**
 * One document of a composition study, as token ids: {@code S T.. ' ' x ' ' ...}. The prompt is
 * everything up to and including the second separator; the answer, the only part scored, is the
 * final {@code answerLength} tokens (the output y).
 *
 * @param steps the intermediate outputs f0(x), f1(f0(x)), ..., y, in order (y last)
 */
public record CompositionDocument(Composition composition, int[] input, List<int[]> steps, int[] ids,
        int promptLength, int answerLength) {

    /** The first answer position. */
    public int answerStart() {
        return ids.length - answerLength;
    }
}
