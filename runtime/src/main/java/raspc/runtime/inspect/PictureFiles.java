package raspc.runtime.inspect;

import java.nio.file.Path;
import raspc.runtime.plot.ScatterFigure;
import raspc.runtime.plot.ScoreHeatmap;

/** Draws a report's picture as a PNG file: a grid as a heatmap, labelled points as a scatter. */
public final class PictureFiles {
    private PictureFiles() {}

    public static void write(Picture picture, Path file) {
        switch (picture) {
            case Heatmap h -> ScoreHeatmap.write(file, h.title(), h.rows(), h.columns(), h.values(), h.signed());
            case Scatter s -> ScatterFigure.write(file, s.title(), s.xLabel(), s.yLabel(), s.labels(), s.x(), s.y(),
                    s.colours());
        }
    }
}
