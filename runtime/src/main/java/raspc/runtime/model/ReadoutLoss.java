package raspc.runtime.model;

/**
 * Loss of a readout model: cross-entropy over the output vocabulary, or squared error of a
 * single output unit against 0/1 (output id 0 = false, 1 = true).
 */
public enum ReadoutLoss { CROSS_ENTROPY, MSE }
