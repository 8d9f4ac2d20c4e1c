package raspc.runtime.eval;

import java.util.List;

/** The full evaluation of one sample set. */
public record Evaluation(SplitMetrics metrics, List<LengthMetrics> byLength, List<HeadAgreement> attentionAgreement) {}
