package raspc.runtime.run;

import raspc.compiler.task.TaskOptions;

/**
 * task.json in a run folder: where the task came from (a name, or a .rasp file and the task in
 * it) and the data settings it was trained with, so that resume and check rebuild exactly the
 * same splits. Written with config.json when the run starts.
 *
 * @param file the absolute path of the .rasp file the task was named from; null for a task name
 */
public record TaskRecord(String task, String file, Long dataSeed, Integer trainSize, Integer validSize,
        Integer testSize, Integer maxLength) {

    public static TaskRecord of(String task, String file, TaskOptions options) {
        return new TaskRecord(task, file, options.seed(), options.train(), options.valid(), options.test(),
                options.maxLength());
    }

    public TaskOptions options() {
        return new TaskOptions(dataSeed, trainSize, validSize, testSize, maxLength);
    }
}
