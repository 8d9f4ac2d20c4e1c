package raspc.runtime.inspect;

/** A picture a report can be drawn as: a grid of scores or labelled points. */
public sealed interface Picture permits Heatmap, Scatter {
    /** The file's name without {@code .png}. */
    String name();
}
