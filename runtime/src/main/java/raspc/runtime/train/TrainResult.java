package raspc.runtime.train;

import java.nio.file.Path;
import raspc.runtime.eval.Report;

/** The outcome of train/resume: where the run is and what its report says. */
public record TrainResult(Path runDir, Report report) {
    public boolean interrupted() {
        return report.interrupted();
    }
}
