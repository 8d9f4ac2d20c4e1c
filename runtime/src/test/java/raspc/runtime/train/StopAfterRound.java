package raspc.runtime.train;

import raspc.runtime.run.EpochMetrics;

/** Asks a run to stop once it has finished a given round (epoch or evaluation), as Ctrl+C would then. */
public record StopAfterRound(StopRequest stop, int round) implements TrainingListener {
    @Override
    public void onEpoch(EpochMetrics metrics, String line) {
        if (metrics.epoch() == round) {
            stop.request();
        }
    }
}
