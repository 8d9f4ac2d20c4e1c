package raspc.runtime;

/**
 * Where long work (an evaluation, a dataset) says how far it has come. Implementations draw it
 * for people; the work itself only counts.
 */
public interface WorkProgress {
    /** A new stretch of {@code total} units, described by {@code what} ("evaluating model.params"). */
    void begin(String what, long total);

    /** {@code units} more are done. */
    void advance(long units);

    /** The stretch is over (done or abandoned). */
    void end();

    /** Draws nothing. */
    WorkProgress NONE = new WorkProgress() {
        @Override public void begin(String what, long total) {}
        @Override public void advance(long units) {}
        @Override public void end() {}
    };
}
