package raspc.runtime.inspect;

import java.util.List;

/**
 * One picture of a report: labelled points on two axes (an embedding table's two principal
 * components), drawn by {@link raspc.runtime.plot.ScatterFigure}.
 *
 * @param name the file's name without {@code .png}
 * @param colours a value per point that colours it (a value token's value, a position's row), or null
 */
public record Scatter(String name, String title, String xLabel, String yLabel, List<String> labels, double[] x,
        double[] y, double[] colours) implements Picture {
    public Scatter {
        if (labels.size() != x.length || x.length != y.length || colours != null && colours.length != x.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + x.length + " x and " + y.length + " y");
        }
    }

    public Scatter(String name, String title, String xLabel, String yLabel, List<String> labels, double[] x, double[] y) {
        this(name, title, xLabel, yLabel, labels, x, y, null);
    }
}
