package raspc.runtime.inspect;

/**
 * A quantity a probe looks for, one value per residual row ({@link ResidualRows}).
 * Categorical targets are probed by one-hot classification, numerical ones by regression.
 */
sealed interface ProbeTarget {
    String name();

    /** Where the plan computes it (0: the embedding; l + 1: after layer l); -1 when there is no plan. */
    int plannedStage();

    /** The rows the target is defined on, fitted and scored (null: every row). */
    boolean[] rows();

    /** The given rows that this target is defined on. */
    default int[] within(int[] candidates) {
        boolean[] rows = rows();
        return rows == null ? candidates : java.util.Arrays.stream(candidates).filter(r -> rows[r]).toArray();
    }

    /** @param rows as {@link ProbeTarget#rows}, e.g. a scratchpad document's input positions only */
    record Categorical(String name, int plannedStage, String[] labels, boolean[] rows) implements ProbeTarget {
        Categorical(String name, int plannedStage, String[] labels) {
            this(name, plannedStage, labels, null);
        }
    }

    /** @param rows as {@link ProbeTarget#rows}, e.g. a matrix's masked entries only */
    record Numeric(String name, int plannedStage, double[] values, boolean[] rows) implements ProbeTarget {
        Numeric(String name, int plannedStage, double[] values) {
            this(name, plannedStage, values, null);
        }
    }
}
