package raspc.runtime.eval;

/**
 * Accuracy of a model on a set of samples.
 *
 * @param tokenAccuracy correct scored outputs / scored outputs (BOS outputs are not scored)
 * @param sequenceAccuracy sequences with every scored output correct / sequences
 * @param loss mean per-sequence loss, plus attnWeight x attention MSE when heads are supervised
 */
public record SplitMetrics(double tokenAccuracy, double sequenceAccuracy, double loss, int samples) {}
