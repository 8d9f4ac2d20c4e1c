package raspc.runtime.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.run.GenerationFigures;

/**
 * Generation accuracy during training, as the composition study follows it over checkpoints: a
 * fixed, small sample of the task's generation documents (half from groups seen in training,
 * half from unseen ones, spread over as many groups as the budget allows) is generated after
 * every round; the full evaluation is left to the final report.
 */
public final class CheckpointGeneration {
    private final List<GenerationCase> cases;

    private CheckpointGeneration(List<GenerationCase> cases) {
        this.cases = cases;
    }

    /** A sample of at most {@code documents} of {@code all}; the same every time for the same cases. */
    public static CheckpointGeneration of(List<GenerationCase> all, int documents) {
        List<GenerationCase> seen = all.stream().filter(GenerationCase::seen).toList();
        List<GenerationCase> unseen = all.stream().filter(c -> !c.seen()).toList();
        int seenQuota = Math.min(seen.size(), unseen.isEmpty() ? documents : documents / 2);
        int unseenQuota = Math.min(unseen.size(), documents - seenQuota);
        seenQuota = Math.min(seen.size(), documents - unseenQuota);
        List<GenerationCase> chosen = new ArrayList<>(spread(seen, seenQuota));
        chosen.addAll(spread(unseen, unseenQuota));
        // documents of one shape next to each other, so that they share generation batches
        chosen.sort(Comparator.comparingInt((GenerationCase c) -> c.tokens().length).thenComparingInt(GenerationCase::promptLength)
                .thenComparingInt(GenerationCase::answerLength));
        return new CheckpointGeneration(List.copyOf(chosen));
    }

    /** {@code quota} documents taken round-robin over the groups: the first of every group, then the second, ... */
    static List<GenerationCase> spread(List<GenerationCase> cases, int quota) {
        Map<String, List<GenerationCase>> byGroup = new LinkedHashMap<>();
        cases.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        List<GenerationCase> out = new ArrayList<>();
        for (int k = 0; out.size() < quota; k++) {
            for (List<GenerationCase> group : byGroup.values()) {
                if (k < group.size() && out.size() < quota) {
                    out.add(group.get(k));
                }
            }
        }
        return out;
    }

    public List<GenerationCase> cases() {
        return cases;
    }

    /** The accuracy of the model's current weights on the sample. */
    public GenerationFigures measure(TrainedModel trained) {
        List<GenerationEvaluator.GroupResult> groups = new GenerationEvaluator(trained.model(), trained.store(),
                trained.manager(), ReportBuilder.GENERATION_BATCH).evaluate(cases, WorkProgress.NONE);
        GenerationReport.GenerationMetrics seen = GenerationReport.metrics(groups, GenerationEvaluator.GroupResult::seen);
        GenerationReport.GenerationMetrics unseen = GenerationReport.metrics(groups, g -> !g.seen());
        return new GenerationFigures(orNull(seen, seen.tokenAccuracy()), orNull(seen, seen.sequenceAccuracy()),
                orNull(unseen, unseen.tokenAccuracy()), orNull(unseen, unseen.sequenceAccuracy()), seen.documents(),
                unseen.documents());
    }

    private static Double orNull(GenerationReport.GenerationMetrics m, double value) {
        return m.documents() == 0 ? null : value;
    }
}
