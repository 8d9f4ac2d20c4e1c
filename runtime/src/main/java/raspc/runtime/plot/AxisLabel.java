package raspc.runtime.plot;

/**
 * The label of one heat-map row (query) and column (key): the token, shortened to
 * {@link AttentionLayout#MAX_LABEL_CHARS}, and its position in the sequence, drawn as a small
 * index after the token so that repeated tokens ("abcab") can be told apart.
 */
public record AxisLabel(String token, int position) {
}
