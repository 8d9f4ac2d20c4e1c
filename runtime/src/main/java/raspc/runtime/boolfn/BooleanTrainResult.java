package raspc.runtime.boolfn;

/**
 * result.json: how Boolean training went.
 *
 * @param convergedStep first step whose evaluation met the threshold, or -1
 * @param finalEvalMse evaluation MSE of the saved model
 * @param finalTrainSetMse MSE on the fixed training inputs (restricted mode), else NaN
 * @param stepsPerSecond training throughput (evaluations excluded)
 */
public record BooleanTrainResult(String task, int n, long seed, boolean converged, int convergedStep, int stepsRun,
        double finalEvalMse, double finalEvalAccuracy, double finalTrainSetMse, double seconds, double stepsPerSecond,
        long parameters) {}
