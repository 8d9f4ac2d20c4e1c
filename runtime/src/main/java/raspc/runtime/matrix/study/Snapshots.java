package raspc.runtime.matrix.study;

import ai.djl.Device;
import java.util.List;
import java.util.function.Function;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.RunData;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * Opens a run at one of its snapshots (or its saved model, {@link InspectedRun#SAVED}) for the
 * inspection toolkit and hands it to an analysis.
 */
final class Snapshots {
    private final RunFolder folder;
    private final RunConfig config;
    private final RunData data;
    private final Device device;

    Snapshots(RunFolder folder, MatrixTaskData data, Device device) {
        this.folder = folder;
        this.config = folder.readConfig();
        this.data = new RunData.Matrices(data);
        this.device = device;
        folder.requireTrainedOn(config, data);
    }

    <T> T at(long step, Function<InspectedRun, T> analysis) {
        try (InspectedRun run = InspectedRun.open(folder, data, device, step)) {
            return analysis.apply(run);
        }
    }

    List<Long> steps() {
        return folder.snapshotSteps();
    }

    RunConfig config() {
        return config;
    }
}
