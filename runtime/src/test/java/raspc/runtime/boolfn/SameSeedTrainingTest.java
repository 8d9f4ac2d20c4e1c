package raspc.runtime.boolfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.Report;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * A training's figures depend on its seed and settings only: not on what the JVM did before it,
 * on which thread it runs, or on another training running beside it (sweep workers train on
 * their own threads). Each comparison is bit for bit: every step's running loss, the final
 * figures and the saved weights.
 */
class SameSeedTrainingTest {
    private static final BooleanFunction MAJORITY_5 = BooleanFunction.of("majority_5", 5, x -> Long.bitCount(x) >= 3);
    private static final BooleanFunction PARITY_5 = BooleanFunction.of("parity_5", 5, x -> Long.bitCount(x) % 2 == 1);
    private static final int CONCURRENT_REPEATS = 3;

    private static ExecutorService threads;

    @TempDir
    Path dir;

    private final AtomicInteger runs = new AtomicInteger();

    /** What a run measured, compared with equals: floats and doubles by their bits. */
    record Figures(List<Float> stepLosses, long steps, long convergedStep, double validLoss, double validAccuracy,
            List<Byte> weights) {
        @Override
        public String toString() {
            return "steps " + steps + ", converged " + convergedStep + ", valid loss " + validLoss + ", step losses "
                    + stepLosses;
        }
    }

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "same-seed-trainer");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    private static BooleanTrainOptions options(long seed) {
        // enough steps and width that a changed summation order shows in the last digits
        return new BooleanTrainOptions().dim(16).steps(60).batchSize(64).learningRate(3e-3f).evalEvery(30)
                .evalInputs(64).stopAtConvergence(false).seed(seed);
    }

    private Figures train(BooleanFunction f, long seed) {
        Path runDir = dir.resolve("run" + runs.incrementAndGet());
        List<Float> losses = new ArrayList<>();
        TrainingListener everyStep = new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                losses.add((float) progress.live().get().loss());
            }
        };
        BooleanTrainOptions options = options(seed);
        Report r = TrainingSession.train(options.data(f), options.trainOptions(DeviceChoice.CPU).runDir(runDir)
                .handleCtrlC(false), everyStep).report();
        return new Figures(losses, r.steps(), r.convergedStep(), r.splits().get("valid").loss(),
                r.splits().get("valid").tokenAccuracy(), bytes(runDir.resolve(RunFolder.MODEL)));
    }

    private static List<Byte> bytes(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            List<Byte> out = new ArrayList<>(b.length);
            for (byte x : b) {
                out.add(x);
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Figures onThread(BooleanFunction f, long seed, CountDownLatch start) throws Exception {
        return threads.submit(() -> {
            start.countDown();
            start.await();
            return train(f, seed);
        }).get(60, TimeUnit.SECONDS);
    }

    @Test
    void twiceInARowGiveTheSameFigures() {
        Figures first = train(MAJORITY_5, 7);
        assertEquals(60, first.stepLosses().size());
        assertEquals(first, train(MAJORITY_5, 7));
    }

    @Test
    void unrelatedTorchWorkBeforeChangesNothing() {
        Figures before = train(MAJORITY_5, 7);
        // draws from PyTorch's generator, odd-sized buffers (other alignments) and another training
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.randomNormal(new Shape(37, 53));
            a.matMul(m.randomUniform(0, 1, new Shape(53, 11))).sum().getFloat();
        }
        train(PARITY_5, 3);
        assertEquals(before, train(MAJORITY_5, 7));
    }

    @Test
    void anotherThreadGivesTheMainThreadsFigures() throws Exception {
        Figures main = train(MAJORITY_5, 7);
        assertEquals(main, onThread(MAJORITY_5, 7, new CountDownLatch(1)));
    }

    /**
     * Garbage collections at any moment, as a busy JVM has them: one could once fall between a
     * step's forward and backward pass and free a constant that the backward pass still read.
     */
    @Test
    void garbageCollectionsDuringTrainingChangeNothing() throws Exception {
        Figures quiet = train(MAJORITY_5, 7);
        AtomicBoolean trained = new AtomicBoolean();
        Future<Integer> collector = threads.submit(() -> {
            int collections = 0;
            while (!trained.get()) {
                System.gc();
                collections++;
                Thread.sleep(2);
            }
            return collections;
        });
        Figures collected;
        try {
            collected = train(MAJORITY_5, 7);
        } finally {
            trained.set(true);
        }
        assertTrue(result(collector) > 0, "collections ran meanwhile");
        assertEquals(quiet, collected);
    }

    /**
     * A training beside another thread that builds models, as an analysis does (DJL lets only
     * one training record gradients in a process at a time, so this is what can run beside one):
     * started at once, the training gives what it gives alone.
     */
    @Test
    void modelsBuiltOnAnotherThreadMeanwhileChangeNothing() throws Exception {
        Figures alone = train(MAJORITY_5, 7);
        ModelConfig shape = options(3).modelConfig(PARITY_5.n());
        for (int i = 0; i < CONCURRENT_REPEATS; i++) {
            CountDownLatch start = new CountDownLatch(2);
            AtomicBoolean trained = new AtomicBoolean();
            Future<Integer> builder = threads.submit(() -> {
                start.countDown();
                start.await();
                int built = 0;
                while (!trained.get()) {
                    try (BooleanNet net = BooleanNet.create(shape, PARITY_5.n(), 1000 + built, Device.cpu())) {
                        net.predict(BooleanInputs.all(PARITY_5.n()));
                    }
                    built++;
                }
                return built;
            });
            Figures mine;
            try {
                mine = onThread(MAJORITY_5, 7, start);
            } finally {
                trained.set(true);
            }
            assertTrue(result(builder) > 0, "models were built meanwhile");
            assertEquals(alone, mine, "repeat " + i);
        }
    }

    private static <T> T result(Future<T> f) throws Exception {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
