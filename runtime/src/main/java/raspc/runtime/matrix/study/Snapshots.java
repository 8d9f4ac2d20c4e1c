package raspc.runtime.matrix.study;

import ai.djl.Device;
import java.util.function.Function;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;

/** Loads a run's snapshot (or its saved model, for step -1) and hands it to an analysis. */
final class Snapshots {
    /** The step that stands for model.params, the weights the report describes. */
    static final long SAVED = -1;

    private final RunFolder folder;
    private final RunConfig config;
    private final MatrixTaskData data;
    private final Device device;

    Snapshots(RunFolder folder, MatrixTaskData data, Device device) {
        this.folder = folder;
        this.config = folder.readConfig();
        this.data = data;
        this.device = device;
        folder.requireTrainedOn(config, data);
    }

    <T> T at(long step, Function<MatrixPredictor, T> analysis) {
        try (TrainedModel trained = TrainedModel.create(config, device)) {
            if (step == SAVED) {
                folder.readModel(trained);
            } else {
                folder.readSnapshot(step, trained);
            }
            return analysis.apply(new MatrixPredictor(trained, data));
        }
    }

    java.util.List<Long> steps() {
        return folder.snapshotSteps();
    }

    RunConfig config() {
        return config;
    }
}
