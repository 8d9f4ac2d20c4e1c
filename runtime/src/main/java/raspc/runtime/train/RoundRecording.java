package raspc.runtime.train;

import java.util.List;
import java.util.Optional;
import raspc.runtime.data.TaskData;
import raspc.runtime.eval.CheckpointGeneration;
import raspc.runtime.run.EpochMetrics;

/**
 * What a run keeps after every round beyond its metrics: the parameters (snapshots/, for
 * analyses across training) and, for tasks evaluated by generation, the generation accuracy on a
 * fixed sample of documents (metrics.jsonl's {@code generation}), and the training loss every
 * {@code logEvery} steps (metrics.jsonl's {@code step_losses}; 0 = none, which spares the
 * device a read per step).
 */
record RoundRecording(boolean snapshots, Optional<CheckpointGeneration> generation, int logEvery) {
    static final RoundRecording NONE = new RoundRecording(false, Optional.empty(), 0);

    /**
     * What a resumed run keeps: the step losses at the interval it was logged with, which is its
     * first logged step (windows are counted from step 1, so the first log falls on step N
     * exactly); snapshots and checkpoint generation are not resumed.
     */
    static RoundRecording resumed(List<EpochMetrics> metrics) {
        int every = metrics.stream().flatMap(m -> m.stepLosses().stream()).findFirst()
                .map(s -> (int) s.step()).orElse(0);
        return new RoundRecording(false, Optional.empty(), every);
    }

    static RoundRecording of(TrainOptions options, TaskData task) {
        Optional<CheckpointGeneration> generation = options.checkpointGeneration() <= 0 ? Optional.empty()
                : task.generation().filter(cases -> !cases.isEmpty())
                        .map(cases -> CheckpointGeneration.of(cases, options.checkpointGeneration()));
        return new RoundRecording(options.snapshots(), generation, options.logEvery());
    }
}
