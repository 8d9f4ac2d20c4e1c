package raspc.runtime.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The files {@code draw-attention} writes for one layer, named so they sort by layer:
 * {@code layer<L>-probabilities.png}, {@code layer<L>-scores.png} and, when any head of the
 * layer has a target pattern, {@code layer<L>-probabilities-target.png} with the target cells
 * outlined. Also the default output folder {@code maps/<task>/<sequence>/<run-id>/}.
 */
public final class AttentionMaps {

    /** One head's matrices from the model ([query][key]); {@code target} may be null. */
    public record HeadAttention(String label, float[][] probabilities, float[][] scores, boolean[][] target) {
    }

    private AttentionMaps() {
    }

    /**
     * Writes the layer's pictures into {@code dir} and returns their paths.
     *
     * @param title    what comes before " — layer L: ..." in each picture's title, e.g. "sort, run 3f2a"; a
     *                 title too long for the picture breaks at the " — "
     * @param decimals values in cells with that many decimals, or empty for none
     */
    public static List<Path> writeLayer(Path dir, String title, List<String> tokens, int layer,
                                        List<HeadAttention> heads, OptionalInt decimals) throws IOException {
        List<HeadPanel> probs = new ArrayList<>();
        List<HeadPanel> scores = new ArrayList<>();
        for (HeadAttention h : heads) {
            probs.add(new HeadPanel(h.label(), h.probabilities(), h.target()));
            scores.add(new HeadPanel(h.label(), h.scores(), h.target()));
        }
        String prefix = title + " \u2014 layer " + layer + ": ";
        List<Path> written = new ArrayList<>();
        AttentionFigure p = new AttentionFigure(prefix + "attention probabilities", tokens, probs,
                MapKind.PROBABILITIES, decimals, false);
        written.add(write(p, dir.resolve(fileName(layer, "probabilities"))));
        AttentionFigure s = new AttentionFigure(prefix + "pre-softmax scores", tokens, scores, MapKind.SCORES,
                decimals, false);
        written.add(write(s, dir.resolve(fileName(layer, "scores"))));
        if (p.anyTarget()) {
            AttentionFigure t = new AttentionFigure(prefix + "attention probabilities vs target pattern", tokens,
                    probs, MapKind.PROBABILITIES, decimals, true);
            written.add(write(t, dir.resolve(fileName(layer, "probabilities-target"))));
        }
        return written;
    }

    static String fileName(int layer, String what) {
        return String.format(Locale.ROOT, "layer%d-%s.png", layer, what);
    }

    private static Path write(AttentionFigure figure, Path png) throws IOException {
        AttentionFigureRenderer.write(figure, png);
        return png;
    }

    /**
     * {@code base/<task>/<sequence>/<run-id>}, each part made safe as a folder name: characters
     * other than letters, digits, '.', '_' and '-' become '_', and long parts are cut to 64
     * characters, so sequences with spaces, slashes or symbols still give one folder level.
     */
    public static Path defaultFolder(Path base, String task, String sequence, String runId) {
        return base.resolve(safe(task)).resolve(safe(sequence)).resolve(safe(runId));
    }

    static String safe(String part) {
        String s = part == null ? "" : part.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "_" + s; // "", "." and ".." are not usable folder names
        }
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
