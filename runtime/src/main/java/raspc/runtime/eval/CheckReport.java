package raspc.runtime.eval;

import java.util.List;

/** The result of {@link RunChecker#check}: a saved run measured on fresh samples. */
public record CheckReport(String task, String runId, int minLength, int maxLength, long seed, SplitMetrics metrics,
        List<LengthMetrics> byLength, List<HeadAgreement> attentionAgreement) {}
