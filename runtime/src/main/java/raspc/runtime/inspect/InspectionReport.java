package raspc.runtime.inspect;

import raspc.runtime.run.Json;

/** What every look inside a model hands back: a table for people and JSON for programs. */
public sealed interface InspectionReport permits ProbeReport, AblationReport, PatchReport, EmbeddingReport {
    String toText();

    /** The report's record as the run files write JSON (snake_case keys). */
    default String toJson() {
        return Json.pretty(this);
    }
}
