package raspc.compiler.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.files.FileWriteException;

/**
 * Streams samples to JSON Lines: samples are made and serialised in parallel, in chunks, and
 * written in index order, so the file is the same whatever the number of threads. Files are
 * written atomically ({@link AtomicFiles}), so a reader never sees half a file.
 */
public final class DatasetWriter {
    private static final int CHUNK = 256;

    private DatasetWriter() {}

    /**
     * Writes samples 0..count-1 to {@code out} atomically, telling {@code written} how many more
     * are on their way after each chunk; a failed write is a {@link FileWriteException}.
     */
    public static void write(Path out, int count, IntFunction<Sample> sampler, int threads, IntConsumer written) {
        writeLines(out, count, json(sampler), threads, written);
    }

    /** Writes samples 0..count-1 to a writer (e.g. standard output), in order. */
    public static void write(Writer w, int count, IntFunction<Sample> sampler, int threads) throws IOException {
        writeLines(w, count, json(sampler), threads, n -> {});
    }

    /** As {@link #write(Path, int, IntFunction, int, IntConsumer)} for lines made by {@code line} (JSON without the newline). */
    public static void writeLines(Path out, int count, IntFunction<String> line, int threads, IntConsumer written) {
        AtomicFiles.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writeLines(w, count, line, threads, written);
        });
    }

    private static IntFunction<String> json(IntFunction<Sample> sampler) {
        return i -> SampleJson.toLine(sampler.apply(i));
    }

    public static void writeLines(Writer w, int count, IntFunction<String> sampler, int threads, IntConsumer written)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "raspc-dataset");
            t.setDaemon(true);
            return t;
        });
        try {
            // keep a bounded window of chunks in flight: memory stays flat for any dataset size
            int window = Math.max(2, 2 * threads);
            List<Future<String>> inFlight = new ArrayList<>();
            int next = 0;
            int done = 0;
            while (next < count || !inFlight.isEmpty()) {
                while (next < count && inFlight.size() < window) {
                    int from = next;
                    int to = Math.min(count, from + CHUNK);
                    inFlight.add(pool.submit(() -> chunk(from, to, sampler)));
                    next = to;
                }
                w.write(await(inFlight.remove(0)));
                int chunk = Math.min(CHUNK, count - done); // chunks come back in order, all full but the last
                done += chunk;
                written.accept(chunk);
            }
            w.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String chunk(int from, int to, IntFunction<String> sampler) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(sampler.apply(i)).append('\n');
        }
        return b.toString();
    }

    private static String await(Future<String> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the dataset", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }
}
