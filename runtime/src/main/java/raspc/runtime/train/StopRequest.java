package raspc.runtime.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A request to stop training at the next batch boundary. While installed it answers Ctrl+C
 * (SIGINT): the first press asks training to stop (the best checkpoint is then evaluated and
 * the report written); a second press falls back to the previous handler, which ends the JVM
 * as usual. The previous handler comes back on {@link #close()}, so a REPL keeps its own.
 */
public final class StopRequest implements AutoCloseable {
    private static final Signal INT = new Signal("INT");

    private final AtomicBoolean requested = new AtomicBoolean();
    private SignalHandler previous;

    /** A request that only {@link #request()} triggers. */
    public StopRequest() {}

    /** A new request also triggered by Ctrl+C until closed. */
    public static StopRequest onCtrlC(Consumer<String> notice) {
        return new StopRequest().alsoOnCtrlC(notice);
    }

    /** Makes Ctrl+C trigger this request until closed; silently nothing when the JVM owns SIGINT (-Xrs). */
    public StopRequest alsoOnCtrlC(Consumer<String> notice) {
        try {
            previous = Signal.handle(INT, signal -> interrupted(notice));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            previous = null;
        }
        return this;
    }

    private void interrupted(Consumer<String> notice) {
        if (requested.compareAndSet(false, true)) {
            notice.accept("interrupted: stopping after this batch, then evaluating the best checkpoint"
                    + " (Ctrl+C again to quit at once)");
            return;
        }
        SignalHandler fallback = previous;
        if (fallback != null && fallback != SignalHandler.SIG_DFL && fallback != SignalHandler.SIG_IGN) {
            fallback.handle(INT);
        } else {
            System.exit(130);
        }
    }

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
            previous = null;
        }
    }
}
