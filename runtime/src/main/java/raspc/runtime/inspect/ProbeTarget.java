package raspc.runtime.inspect;

/**
 * A quantity a probe looks for, one value per residual row ({@link ResidualRows}).
 * Categorical targets are probed by one-hot classification, numerical ones by regression.
 */
sealed interface ProbeTarget {
    String name();

    /** Where the plan computes it (0: the embedding; l + 1: after layer l); -1 when there is no plan. */
    int plannedStage();

    record Categorical(String name, int plannedStage, String[] labels) implements ProbeTarget {}

    record Numeric(String name, int plannedStage, double[] values) implements ProbeTarget {}
}
