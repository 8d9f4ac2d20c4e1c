package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's embeddings: each token's and position's vector norm and place on the first two
 * principal components, and the model's figures on the test samples with its positions shuffled.
 *
 * @param positionEncoding sinusoidal, learned or learned_concat
 * @param shuffled the figures when every batch's position vectors are randomly permuted (seeded)
 * @param rowsAndColumnsPermuted a matrix run's figures when each matrix's positions are relabelled
 *     by one permutation of its rows and one of its columns (null for other runs): a model that
 *     reads positions only as row and column identities completes the matrix as well as intact
 */
public record EmbeddingReport(String task, String runId, String positionEncoding, Table tokens, Table positions,
        int samples, AblationReport.Figures intact, AblationReport.Figures shuffled,
        AblationReport.Figures rowsAndColumnsPermuted, long seed) implements InspectionReport {

    /**
     * @param explained share of the variance along each of the two components
     * @param colours what colours each point in the picture (a value token's value, a position's row), or null
     */
    public record Table(List<Point> points, double[] explained, double[] colours) {
        static Table of(List<String> labels, double[][] vectors) {
            return of(labels, vectors, null);
        }

        static Table of(List<String> labels, double[][] vectors, double[] colours) {
            Pca pca = Pca.of(vectors);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < vectors.length; i++) {
                double sq = 0;
                for (double v : vectors[i]) {
                    sq += v * v;
                }
                points.add(new Point(i < labels.size() ? labels.get(i) : String.valueOf(i), Math.sqrt(sq),
                        pca.coordinates()[i][0], pca.coordinates()[i][1]));
            }
            return new Table(points, pca.explained(), colours);
        }
    }

    public record Point(String label, double norm, double pc1, double pc2) {}

    /** The two tables' points on their first two principal components, labelled by token and by position. */
    @Override
    public List<Scatter> scatters() {
        return List.of(scatter("embeddings-tokens", "token", tokens), scatter("embeddings-positions", "position", positions));
    }

    private Scatter scatter(String name, String what, Table t) {
        return new Scatter(name, what + " embeddings of " + task + " (run " + runId + ")",
                String.format(Locale.ROOT, "PC1 (%.0f%% of the variance)", 100 * t.explained()[0]),
                String.format(Locale.ROOT, "PC2 (%.0f%%)", 100 * t.explained()[1]),
                t.points().stream().map(Point::label).toList(), t.points().stream().mapToDouble(Point::pc1).toArray(),
                t.points().stream().mapToDouble(Point::pc2).toArray(), t.colours());
    }

    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "embeddings of %s (run %s), %s positions%n%n", task, runId, positionEncoding));
        table(s, "token", tokens);
        s.append('\n');
        table(s, "position", positions);
        if (rowsAndColumnsPermuted != null) {
            s.append(String.format(Locale.ROOT, "%n%d test matrices, masked-entry MSE (observed):%n", samples));
            s.append(String.format(Locale.ROOT, "  intact                                %.4g (%.4g)%n", intact.maskedMse(),
                    intact.observedMse()));
            s.append(String.format(Locale.ROOT, "  positions permuted by rows and columns %.4g (%.4g)%n",
                    rowsAndColumnsPermuted.maskedMse(), rowsAndColumnsPermuted.observedMse()));
            s.append(String.format(Locale.ROOT, "  all positions permuted                 %.4g (%.4g)%n", shuffled.maskedMse(),
                    shuffled.observedMse()));
            return s.toString();
        }
        if (intact.hasSteps()) {
            s.append(String.format(Locale.ROOT, "%n%d evaluation documents, teacher forced: answer token accuracy %.2f%%"
                    + " (answers right %.2f%%); with the positions shuffled %.2f%% (answers right %.2f%%)%n", samples,
                    100 * intact.accuracy(), 100 * intact.sequenceAccuracy(), 100 * shuffled.accuracy(),
                    100 * shuffled.sequenceAccuracy()));
            return s.toString();
        }
        s.append(String.format(Locale.ROOT, "%n%d test samples: accuracy %.2f%% (sequences %.2f%%); with the positions"
                + " shuffled %.2f%% (sequences %.2f%%)%n", samples, 100 * intact.accuracy(), 100 * intact.sequenceAccuracy(),
                100 * shuffled.accuracy(), 100 * shuffled.sequenceAccuracy()));
        return s.toString();
    }

    /** The most rows a table prints in full; a longer one (a matrix task's value tokens) prints every k-th. */
    private static final int PRINTED = 60;

    private static void table(StringBuilder s, String what, Table t) {
        int every = Math.max(1, (int) Math.ceil(t.points().size() / (double) PRINTED));
        s.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s   (PC1 %.0f%%, PC2 %.0f%% of the variance)%s%n", what, "norm",
                "PC1", "PC2", 100 * t.explained()[0], 100 * t.explained()[1],
                every == 1 ? "" : ", every " + every + "th of " + t.points().size()));
        for (int i = 0; i < t.points().size(); i += every) {
            Point p = t.points().get(i);
            s.append(String.format(Locale.ROOT, "%-10s %9.3f %+9.3f %+9.3f%n", p.label(), p.norm(), p.pc1(), p.pc2()));
        }
    }
}
