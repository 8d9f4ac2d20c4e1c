package raspc.runtime.engine;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;
import raspc.runtime.RuntimeUserException;

/**
 * Loads the PyTorch engine once, offline. The natives come from the pytorch-native-* and
 * pytorch-jni jars on the class path (DJL extracts them into its cache, ~/.djl.ai by default);
 * with {@code ai.djl.offline=true} DJL never tries the network, so a machine without one works
 * and a missing native jar is reported instead of silently downloaded.
 *
 * <p>Two pieces of PyTorch state make a training's figures depend on more than its seed unless
 * every thread goes through here: the intra-op thread count, which MKL keeps per thread (a thread
 * that never set it runs its first matrix products on MKL's default, one thread per core), and
 * the one global random generator, which initialisation and dropout draw from.
 */
public final class TorchEngine {
    public static final String NAME = "PyTorch";
    /** DJL's setting for PyTorch's intra-op threads; read once, when the engine loads. */
    public static final String THREADS = "ai.djl.pytorch.num_threads";
    private static volatile Engine engine;
    /** OpenMP's setting for what a thread does while it waits for work; read when PyTorch loads. */
    public static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    /** More intra-op threads than this were never measured to help raspc's small models. */
    static final int MAX_DEFAULT_THREADS = 4;
    /** The intra-op thread count the engine was loaded with; every thread that uses it gets the same. */
    private static volatile int intraOpThreads;
    private static final ThreadLocal<Boolean> THREAD_SET_UP = ThreadLocal.withInitial(() -> false);
    /** Held while seeding PyTorch's global generator and drawing a model's initial parameters from it. */
    private static final Object GENERATOR = new Object();

    private TorchEngine() {}

    /** The engine, with this thread's intra-op thread count set to the process's. */
    public static Engine get() {
        Engine e = loaded();
        if (!THREAD_SET_UP.get()) {
            JniUtils.setNumThreads(intraOpThreads);
            THREAD_SET_UP.set(true);
        }
        return e;
    }

    /**
     * Sets up the calling thread as one of several that share a batch (the trainer's shards):
     * one intra-op thread of its own, since the threads themselves are the parallelism.
     */
    public static Engine singleThreaded() {
        Engine e = loaded();
        JniUtils.setNumThreads(1);
        THREAD_SET_UP.set(true);
        return e;
    }

    /**
     * Runs {@code work} with autograd recording on the calling thread. Grad mode is per thread in
     * libtorch, and DJL's {@code GradientCollector} switches it on only for the thread that opens
     * it (and allows one open at a time), so a thread that computes part of a batch's gradients
     * for it switches it on here.
     */
    public static <T> T recordingGradients(Supplier<T> work) {
        loaded();
        boolean was = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            return work.get();
        } finally {
            JniUtils.setGradMode(was);
        }
    }

    private static Engine loaded() {
        Engine e = engine;
        if (e != null) {
            return e;
        }
        synchronized (TorchEngine.class) {
            if (engine == null) {
                if (System.getProperty("ai.djl.offline") == null) {
                    System.setProperty("ai.djl.offline", "true");
                }
                if (System.getProperty(THREADS) == null) {
                    System.setProperty(THREADS, Integer.toString(defaultThreads()));
                }
                RuntimeLogging.configure(false);
                try {
                    intraOpThreads = configuredThreads();
                    engine = Engine.getEngine(NAME);
                } catch (EngineException | IllegalArgumentException ex) {
                    throw new RuntimeUserException("the PyTorch engine could not be loaded (" + ex.getMessage()
                            + "); raspc needs the pytorch-native jar for this platform on its class path", ex);
                }
            }
            return engine;
        }
    }

    /**
     * Intra-op threads for PyTorch (default {@link #defaultThreads}); only effective before the
     * engine has loaded.
     *
     * @return false when the engine is already loaded and the setting came too late
     */
    public static synchronized boolean threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + count);
        }
        System.setProperty(THREADS, Integer.toString(count));
        return engine == null;
    }

    /**
     * The intra-op threads when none are asked for: every core (up to {@link #MAX_DEFAULT_THREADS})
     * when OpenMP's threads sleep while they wait ({@code OMP_WAIT_POLICY=PASSIVE}, which the
     * launcher sets), else one. Spinning threads are what made a second thread costly: on the
     * 2-core machine under a load of 8-9, the benchmark's 2,000-sample epoch took 26.5 s with two
     * spinning threads, 2.7-5.0 s with one and 2.1-2.5 s with two passive ones.
     */
    public static int defaultThreads() {
        return defaultThreads(System.getenv(OMP_WAIT_POLICY), Runtime.getRuntime().availableProcessors());
    }

    static int defaultThreads(String waitPolicy, int cores) {
        boolean passive = waitPolicy != null && waitPolicy.trim().equalsIgnoreCase("PASSIVE");
        return passive ? Math.max(1, Math.min(cores, MAX_DEFAULT_THREADS)) : 1;
    }

    private static int configuredThreads() {
        String value = System.getProperty(THREADS);
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuntimeUserException("-D" + THREADS + " must be a whole number >= 1, not '" + value + "'");
    }

    /** The intra-op thread count of every thread that uses the engine. */
    public static int intraOpThreads() {
        get();
        return intraOpThreads;
    }

    /**
     * Seeds PyTorch's generator (for the dropout draws that follow); a model's initialisation
     * should go through {@link #seeded} instead.
     */
    public static void seed(long seed) {
        Engine e = get();
        synchronized (GENERATOR) {
            setSeed(e, seed);
        }
    }

    /**
     * Seeds the generator and runs {@code draw} (a model's initialisation) with no other thread's
     * seeding or initialisation in between, so the same seed gives the same parameters whatever
     * else the process does. Dropout draws during training are not covered: DJL lets only one
     * training record gradients in a process at a time, and nothing else here draws from the
     * generator outside an initialisation.
     */
    public static <T> T seeded(long seed, Supplier<T> draw) {
        Engine e = get();
        synchronized (GENERATOR) {
            setSeed(e, seed);
            return draw.get();
        }
    }

    /** PyTorch takes an int seed: both halves of the long go into it. */
    private static void setSeed(Engine e, long seed) {
        e.setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
