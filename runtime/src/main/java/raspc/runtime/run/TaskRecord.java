package raspc.runtime.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import raspc.compiler.task.TaskOptions;

/**
 * task.json in a run folder: where the task came from (a name, or a .rasp file and the task in
 * it) and the data settings it was trained with, so that resume and check rebuild exactly the
 * same splits (or, for online training, the same sample source). Written with config.json when
 * the run starts.
 *
 * @param file the absolute path of the .rasp file the task was named from; null for a task name
 * @param online the sample source of a step-budget run (train-boolean); absent for split-trained runs
 */
public record TaskRecord(String task, String file, Long dataSeed, Integer trainSize, Integer validSize,
        Integer testSize, Integer maxLength, @JsonInclude(JsonInclude.Include.NON_NULL) Online online) {

    /**
     * What config.json does not hold of a Boolean function's sample source: the seed is the
     * training seed and the model's shape is in the model config.
     *
     * @param trainInputs fixed training inputs drawn once; 0 for fresh inputs every step
     * @param evalInputs the evaluation set's size (every input when there are no more)
     */
    public record Online(int trainInputs, int evalInputs) {}

    public static TaskRecord of(String task, String file, TaskOptions options) {
        return new TaskRecord(task, file, options.seed(), options.train(), options.valid(), options.test(),
                options.maxLength(), null);
    }

    /** The record of a Boolean function trained on a step budget. */
    public static TaskRecord online(String task, Online online) {
        return new TaskRecord(task, null, null, null, null, null, null, online);
    }

    public TaskOptions options() {
        return new TaskOptions(dataSeed, trainSize, validSize, testSize, maxLength);
    }
}
