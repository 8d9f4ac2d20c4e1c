package raspc.runtime.eval;

/** Accuracy on the samples of one input length (BOS not counted). */
public record LengthMetrics(int length, int samples, double tokenAccuracy, double sequenceAccuracy) {}
