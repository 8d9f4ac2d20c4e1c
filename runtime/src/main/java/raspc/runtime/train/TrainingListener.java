package raspc.runtime.train;

import java.util.function.Supplier;
import raspc.runtime.run.EpochMetrics;

/** What a training run tells its observer (the progress display, tests). All methods are optional. */
public interface TrainingListener {
    /**
     * Progress within an epoch ({@code unit} "epoch"), or within a round of a step budget's
     * evaluation steps ({@code unit} "round"). {@code live} reads the running loss and accuracy from the device
     * (a synchronisation): call it only when the figures will be shown.
     */
    record BatchProgress(int epoch, int epochs, int batch, int batches, long samplesDone, long samplesInEpoch,
            double secondsInEpoch, Supplier<RunningFigures> live, String unit) {

        /** Progress of an epoch budget. */
        public BatchProgress(int epoch, int epochs, int batch, int batches, long samplesDone, long samplesInEpoch,
                double secondsInEpoch, Supplier<RunningFigures> live) {
            this(epoch, epochs, batch, batches, samplesDone, samplesInEpoch, secondsInEpoch, live, "epoch");
        }
    }

    /** Running means over the epoch so far. */
    record RunningFigures(double loss, double tokenAccuracy) {}

    default void onStart(String task, String runId, java.nio.file.Path runDir, String device, int firstEpoch, int epochs) {}

    default void onBatch(BatchProgress progress) {}

    /** An epoch (or a step budget's round) ended; {@code line} is how log.txt words it. */
    default void onEpoch(EpochMetrics metrics, String line) {}

    /** A line for the user and log.txt (plateau restore, stop request, early stop...). */
    default void onMessage(String message) {}

    /** Where the final evaluation of the saved model shows how far it has come. */
    default raspc.runtime.WorkProgress evaluationProgress() {
        return raspc.runtime.WorkProgress.NONE;
    }

    TrainingListener SILENT = new TrainingListener() {};
}
