package raspc.runtime.eval;

import java.util.List;

/**
 * The result of {@link RunChecker#check}: a saved run measured on fresh samples of one
 * distribution.
 *
 * @param tokens how the inputs' tokens were drawn ({@code as trained}, {@code zipf 1}, ...)
 */
public record CheckReport(String task, String runId, int minLength, int maxLength, String tokens, long seed,
        SplitMetrics metrics,
        List<LengthMetrics> byLength, List<HeadAgreement> attentionAgreement) {}
