package raspc.runtime.data;

/**
 * One document of a generation evaluation: the model is given its first {@code promptLength}
 * tokens, generates the rest greedily, and only the final {@code answerLength} tokens are scored.
 *
 * @param group what the document belongs to in the results (a composition's id)
 * @param bucket a coarser grouping (e.g. "in order", or identities and displaced slots)
 * @param seen whether the group was in the training data
 */
public record GenerationCase(int[] tokens, int promptLength, int answerLength, String group, String bucket,
        boolean seen) {
    public GenerationCase {
        if (promptLength < 1 || answerLength < 1 || promptLength + answerLength > tokens.length) {
            throw new IllegalArgumentException("a document of " + tokens.length + " tokens cannot have a prompt of "
                    + promptLength + " and an answer of " + answerLength);
        }
    }

    /** Tokens the model generates: everything after the prompt. */
    public int generatedLength() {
        return tokens.length - promptLength;
    }
}
