package raspc.runtime.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * report.json's {@code compositions} block: generation accuracy on the groups seen in training
 * and on the unseen ones, kept apart, and the unseen ones per bucket; the per-group table is the
 * run folder's {@code table} file.
 *
 * @param unseenByBucket the unseen groups of each bucket ("in order", "0 identities, 2 displaced", ...)
 */
public record GenerationReport(GenerationMetrics seen, GenerationMetrics unseen,
        Map<String, GenerationMetrics> unseenByBucket, String table) {

    /** Figures over a set of groups. count: groups; documents: documents generated. */
    public record GenerationMetrics(double tokenAccuracy, double sequenceAccuracy, double teacherForcedAccuracy,
            int count, int documents) {}

    public static GenerationReport of(List<GenerationEvaluator.GroupResult> groups, String table) {
        Map<String, GenerationMetrics> buckets = new LinkedHashMap<>();
        groups.stream().map(GenerationEvaluator.GroupResult::bucket).distinct()
                .forEach(b -> buckets.put(b, metrics(groups, g -> !g.seen() && g.bucket().equals(b))));
        return new GenerationReport(metrics(groups, GenerationEvaluator.GroupResult::seen), metrics(groups, g -> !g.seen()),
                buckets, table);
    }

    /** Document-weighted means over the groups that {@code which} keeps (NaN when none). */
    public static GenerationMetrics metrics(List<GenerationEvaluator.GroupResult> groups,
            Predicate<GenerationEvaluator.GroupResult> which) {
        double tokens = 0;
        double sequences = 0;
        double forced = 0;
        int count = 0;
        int documents = 0;
        for (GenerationEvaluator.GroupResult g : groups) {
            if (which.test(g)) {
                tokens += g.tokenAccuracy() * g.documents();
                sequences += g.sequenceAccuracy() * g.documents();
                forced += g.teacherForcedAccuracy() * g.documents();
                count++;
                documents += g.documents();
            }
        }
        return new GenerationMetrics(tokens / documents, sequences / documents, forced / documents, count, documents);
    }
}
