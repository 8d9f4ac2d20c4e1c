package raspc.runtime.inspect;

/** What every look inside a model hands back: a table for people and JSON for programs. */
public sealed interface InspectionReport permits ProbeReport, AblationReport, PatchReport, EmbeddingReport {
    String toText();

    String toJson();
}
