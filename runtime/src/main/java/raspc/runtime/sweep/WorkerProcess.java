package raspc.runtime.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import raspc.compiler.task.TaskFolders;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.engine.TorchEngine;

/** Runs one cell in a child JVM ({@link SweepWorker}) and reads back its row. */
final class WorkerProcess {
    static final String LOG = "worker.log";
    /** Running children, ended when this JVM ends (Ctrl+C), so no orphan keeps training. */
    private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroy), "sweep-worker-cleanup"));
    }

    private WorkerProcess() {}

    /**
     * Runs {@code cell} in a child JVM, one of {@code workers} at a time: each gets its share of
     * this process's default intra-op threads, so the workers together do not ask for more cores
     * than the machine has.
     */
    static CellRow run(Path specFile, Path out, SweepCell cell, Path dir, int workers) {
        try {
            Files.createDirectories(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String threads = "-D" + TorchEngine.THREADS + "=" + Math.max(1, TorchEngine.defaultThreads() / workers);
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", threads, "-cp",
                    System.getProperty("java.class.path"), SweepWorker.class.getName(), specFile.toString(),
                    out.toAbsolutePath().toString(), cell.id()));
            // the worker reads the tasks from the folders this process reads
            builder.environment().put(TaskFolders.ENV, TaskFolders.ofSystem().asPathList());
            builder.redirectErrorStream(true).redirectOutput(dir.getParent().resolve(cell.id() + "." + LOG).toFile());
            Process process = builder.start();
            LIVE.add(process);
            int code;
            try {
                code = process.waitFor();
            } finally {
                LIVE.remove(process);
            }
            Path row = dir.resolve(SweepRunner.ROW);
            if (code != 0 || !Files.isRegularFile(row)) {
                List<String> lines = Files.readAllLines(dir.getParent().resolve(cell.id() + "." + LOG));
                String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
                throw new RuntimeUserException("worker exited with " + code + ": " + last);
            }
            return SweepRunner.readRow(row, cell);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot run a worker for " + cell.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeUserException("interrupted while " + cell.id() + " ran", e);
        }
    }
}
