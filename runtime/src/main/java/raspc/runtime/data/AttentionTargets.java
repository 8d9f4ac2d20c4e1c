package raspc.runtime.data;

import java.util.List;

/** Turns boolean selector patterns into the arrays the loss and the agreement measures need. */
final class AttentionTargets {
    private AttentionTargets() {}

    /**
     * For one head and a batch padded to {@code t}: [0] row-normalised targets (an empty row is
     * uniform over the real keys), and when {@code withSelections}: [1] the 0/1 pattern, [2] 1
     * for each real query row that selects at least one key.
     */
    static float[][] encode(List<EncodedSample> samples, HeadId head, int t, boolean withSelections) {
        int b = samples.size();
        float[] normalised = new float[b * t * t];
        float[] selected = withSelections ? new float[b * t * t] : null;
        float[] rows = withSelections ? new float[b * t] : null;
        for (int i = 0; i < b; i++) {
            EncodedSample s = samples.get(i);
            boolean[][] pattern = s.attention().get(head);
            int n = s.size();
            if (pattern == null) {
                throw new IllegalArgumentException("a sample has no attention pattern for supervised " + head);
            }
            if (pattern.length != n) {
                throw new IllegalArgumentException("the attention pattern for " + head + " has " + pattern.length
                        + " rows but the input has " + n + " tokens");
            }
            for (int q = 0; q < n; q++) {
                int count = 0;
                for (int k = 0; k < n; k++) {
                    if (pattern[q][k]) {
                        count++;
                    }
                }
                int base = (i * t + q) * t;
                float weight = 1f / (count == 0 ? n : count);
                for (int k = 0; k < n; k++) {
                    boolean on = pattern[q][k];
                    normalised[base + k] = count == 0 || on ? weight : 0f;
                    if (withSelections && on) {
                        selected[base + k] = 1f;
                    }
                }
                if (withSelections && count > 0) {
                    rows[i * t + q] = 1f;
                }
            }
        }
        return new float[][] {normalised, selected, rows};
    }
}
