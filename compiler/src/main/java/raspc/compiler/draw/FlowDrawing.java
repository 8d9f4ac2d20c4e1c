package raspc.compiler.draw;

import java.nio.file.Path;
import java.util.Optional;

/** The files {@link FlowDrawer#write} wrote: the DOT file, and the SVG or why there is none. */
public record FlowDrawing(Path dot, Optional<Path> svg, String noSvgReason) {
    static FlowDrawing withSvg(Path dot, Path svg) {
        return new FlowDrawing(dot, Optional.of(svg), "");
    }

    static FlowDrawing withoutSvg(Path dot, String reason) {
        return new FlowDrawing(dot, Optional.empty(), reason);
    }
}
