package raspc.runtime.inspect;

import java.util.List;
import raspc.runtime.run.Json;

/** What every look inside a model hands back: a table for people and JSON for programs. */
public sealed interface InspectionReport permits ProbeReport, AblationReport, PatchReport, EmbeddingReport,
        InterventionReport {
    String toText();

    /** The report's grids as pictures; none for a report without a grid (embeddings, a token intervention). */
    default List<Heatmap> heatmaps() {
        return List.of();
    }

    /** The report's record as the run files write JSON (snake_case keys). */
    default String toJson() {
        return Json.pretty(this);
    }
}
