package raspc.runtime.inspect;

import java.util.List;
import java.util.stream.Stream;
import raspc.runtime.run.Json;

/** What every look inside a model hands back: a table for people and JSON for programs. */
public sealed interface InspectionReport permits ProbeReport, AblationReport, PatchReport, EmbeddingReport,
        InterventionReport, MaskedInterventionReport {
    String toText();

    /** The report's grids as pictures; none for a report without a grid (embeddings, a token intervention). */
    default List<Heatmap> heatmaps() {
        return List.of();
    }

    /** The report's labelled points as pictures; none unless the report places things on two axes (embeddings). */
    default List<Scatter> scatters() {
        return List.of();
    }

    /** Everything the report can be drawn as: its grids, then its scatters. */
    default List<Picture> pictures() {
        return Stream.concat(heatmaps().stream(), scatters().stream()).map(Picture.class::cast).toList();
    }

    /** The report's record as the run files write JSON (snake_case keys). */
    default String toJson() {
        return Json.pretty(this);
    }
}
