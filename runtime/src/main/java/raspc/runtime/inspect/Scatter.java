package raspc.runtime.inspect;

import java.util.List;

/**
 * One picture of a report: labelled points on two axes (an embedding table's two principal
 * components), drawn by {@link raspc.runtime.plot.ScatterFigure}.
 *
 * @param name the file's name without {@code .png}
 */
public record Scatter(String name, String title, String xLabel, String yLabel, List<String> labels, double[] x,
        double[] y) implements Picture {
    public Scatter {
        if (labels.size() != x.length || x.length != y.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + x.length + " x and " + y.length + " y");
        }
    }
}
