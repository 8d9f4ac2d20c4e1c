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

    /** Also triggered by Ctrl+C until closed; silently just a flag when the JVM owns SIGINT (-Xrs). */
    public static StopRequest onCtrlC(Consumer<String> notice) {
        StopRequest stop = new StopRequest();
        try {
            stop.previous = Signal.handle(INT, signal -> stop.interrupted(notice));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            stop.previous = null;
        }
        return stop;
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
