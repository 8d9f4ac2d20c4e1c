package raspc.compiler.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import raspc.compiler.dataset.DatasetWriter;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.Split;
import raspc.compiler.TaskRegistry;

/**
 * Times writing a task's training split to JSON Lines, the yardstick being 50,000
 * sort_by_freq_26_with_attns samples (lengths 1..100) in under 30 s on 2 cores.
 * Usage: DatasetBenchmark [task] [threads]
 */
public final class DatasetBenchmark {
    /** The task whose training split is the yardstick. */
    public static final String YARDSTICK = "sort_by_freq_26_with_attns";

    private DatasetBenchmark() {}

    public record Result(String task, int samples, int threads, double seconds, long bytes) {
        public double samplesPerSecond() {
            return samples / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d %s samples written in %.2f s (%.0f samples/s, %d threads, %.1f MB)", samples,
                    task, seconds, samplesPerSecond(), threads, bytes / 1e6);
        }
    }

    /** Writes the first {@code n} samples of the task's training split. */
    public static Result run(String taskName, int n, int threads, Path out) throws IOException {
        LabelledTask task = TaskRegistry.standard().resolve(taskName);
        long start = System.nanoTime();
        DatasetWriter.write(out, n, i -> task.sample(Split.TRAIN, i), threads, written -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(taskName, n, threads, seconds, Files.size(out));
    }

    public static void main(String[] args) throws Exception {
        String task = args.length > 0 ? args[0] : YARDSTICK;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path out = Files.createTempFile("raspc-bench", ".jsonl");
        try {
            Result r = run(task, TaskRegistry.standard().resolve(task).size(Split.TRAIN), threads, out);
            System.out.println(r);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
