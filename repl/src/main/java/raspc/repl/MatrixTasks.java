package raspc.repl;

import raspc.compiler.error.RaspError;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.run.RunConfig;

/** Matrix-completion variant names, and the task data a matrix run was trained on. */
final class MatrixTasks {
    private MatrixTasks() {}

    static boolean isMatrixName(String name) {
        return MatrixTask.isMatrixName(name);
    }

    static MatrixTask resolve(String name) {
        try {
            return MatrixTask.parse(name);
        } catch (RaspError e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The data of a run of train-matrix (its splits are drawn from the run's seed). */
    static MatrixTaskData ofRun(RunConfig config, int evalMatrices) {
        if (!isMatrixName(config.task())) {
            throw new UserError("run " + config.runId() + " was trained on " + config.task()
                    + ", not a matrix task (train one with raspc train-matrix)");
        }
        return new MatrixTaskData(resolve(config.task()), evalMatrices, config.train().seed(), config.model().layers(),
                config.model().heads());
    }
}
