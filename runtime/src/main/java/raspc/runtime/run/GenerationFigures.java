package raspc.runtime.run;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A round's greedy-generation accuracy (a metrics.jsonl field of runs evaluated by generation):
 * on a fixed sample of documents of groups seen in training and of unseen ones, kept apart.
 * A side without documents has null figures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationFigures(Double seenTokenAccuracy, Double seenSequenceAccuracy, Double unseenTokenAccuracy,
        Double unseenSequenceAccuracy, int seenDocuments, int unseenDocuments) {}
