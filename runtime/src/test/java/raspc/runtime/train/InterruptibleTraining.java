package raspc.runtime.train;

import java.nio.file.Path;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.testing.ToyTask;

/** Child process of {@link InterruptTest}: trains "forever" until Ctrl+C, then reports. */
public final class InterruptibleTraining {
    private InterruptibleTraining() {}

    public static void main(String[] args) {
        ToyTask task = ToyTask.reverse(10, 8, 2000, 100);
        TrainOptions options = new TrainOptions().dim(16).epochs(10_000).perfectEpochs(10_000).seed(2)
                .device(DeviceChoice.CPU).runsRoot(Path.of(args[0])).runId("interrupted").lengthGeneralisationSamples(0);
        TrainResult result = TrainingSession.train(task, options, new ConsoleProgress(System.out, false));
        System.out.println("DONE interrupted=" + result.interrupted() + " epochs=" + result.report().epochsCompleted());
        System.exit(0);
    }
}
