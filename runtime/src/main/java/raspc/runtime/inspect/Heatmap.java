package raspc.runtime.inspect;

import java.util.List;

/**
 * One picture of a report: a grid of scores with its labels, drawn by
 * {@link raspc.runtime.plot.ScoreHeatmap}.
 *
 * @param name the file's name without {@code .png}
 * @param values [row][column], NaN for a missing cell
 * @param signed whether the colours run from -1 to 1 (else 0 to 1)
 */
public record Heatmap(String name, String title, List<String> rows, List<String> columns, double[][] values,
        boolean signed) implements Picture {}
