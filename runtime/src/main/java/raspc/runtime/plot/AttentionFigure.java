package raspc.runtime.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Everything one attention picture shows: a title, the sequence's tokens (query labels = key
 * labels), one panel per head, what the values are, whether to write values in the cells (with
 * that many decimals) and whether to outline each head's target pattern.
 */
public record AttentionFigure(String title, List<String> tokens, List<HeadPanel> heads, MapKind kind,
                              OptionalInt numberDecimals, boolean overlayTargets) {
    public static final int MAX_DECIMALS = 6;

    public AttentionFigure {
        tokens = List.copyOf(tokens);
        heads = List.copyOf(heads);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("an attention figure needs at least one token");
        }
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("an attention figure needs at least one head");
        }
        int n = tokens.size();
        for (HeadPanel head : heads) {
            checkSquare(head.label(), "values", head.values().length, rowLengths(head.values()), n);
            if (head.hasTarget()) {
                boolean[][] t = head.target();
                int[] lengths = new int[t.length];
                for (int i = 0; i < t.length; i++) {
                    lengths[i] = t[i].length;
                }
                checkSquare(head.label(), "target", t.length, lengths, n);
            }
        }
        if (numberDecimals.isPresent()
                && (numberDecimals.getAsInt() < 0 || numberDecimals.getAsInt() > MAX_DECIMALS)) {
            throw new IllegalArgumentException("decimals for cell values must be 0.." + MAX_DECIMALS
                    + ", got " + numberDecimals.getAsInt());
        }
    }

    public static AttentionFigure of(String title, List<String> tokens, List<HeadPanel> heads, MapKind kind) {
        return new AttentionFigure(title, tokens, heads, kind, OptionalInt.empty(), false);
    }

    public AttentionFigure withNumbers(int decimals) {
        return new AttentionFigure(title, tokens, heads, kind, OptionalInt.of(decimals), overlayTargets);
    }

    public AttentionFigure withOverlay(boolean overlay) {
        return new AttentionFigure(title, tokens, heads, kind, numberDecimals, overlay);
    }

    public int size() {
        return tokens.size();
    }

    public boolean anyTarget() {
        return heads.stream().anyMatch(HeadPanel::hasTarget);
    }

    List<float[][]> matrices() {
        List<float[][]> all = new ArrayList<>();
        for (HeadPanel h : heads) {
            all.add(h.values());
        }
        return all;
    }

    private static int[] rowLengths(float[][] m) {
        int[] lengths = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            lengths[i] = m[i].length;
        }
        return lengths;
    }

    private static void checkSquare(String head, String what, int rows, int[] lengths, int n) {
        if (rows != n) {
            throw new IllegalArgumentException(head + ": " + what + " has " + rows + " rows for " + n + " tokens");
        }
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] != n) {
                throw new IllegalArgumentException(head + ": " + what + " row " + i + " has " + lengths[i]
                        + " columns for " + n + " tokens");
            }
        }
    }
}
