package raspc.runtime.sweep;

/**
 * Where one cell of a sweep stands: finished (its row.json is there), failed (its last run left
 * failed.txt, whose first line is {@code detail}) or missing (never run, running now, or cut off
 * before it finished; running the sweep or the cell again trains it from scratch).
 *
 * @param index the cell's place in grid order, the {@code --cell} and Slurm array index
 */
public record CellStatus(int index, SweepCell cell, State state, String detail) {
    public enum State { FINISHED, FAILED, MISSING }
}
