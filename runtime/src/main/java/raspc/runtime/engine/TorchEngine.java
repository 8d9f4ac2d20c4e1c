package raspc.runtime.engine;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import raspc.runtime.RuntimeUserException;

/**
 * Loads the PyTorch engine once, offline. The natives come from the pytorch-native-* and
 * pytorch-jni jars on the class path (DJL extracts them into its cache, ~/.djl.ai by default);
 * with {@code ai.djl.offline=true} DJL never tries the network, so a machine without one works
 * and a missing native jar is reported instead of silently downloaded.
 */
public final class TorchEngine {
    public static final String NAME = "PyTorch";
    /** DJL's setting for PyTorch's intra-op threads; read once, when the engine loads. */
    public static final String THREADS = "ai.djl.pytorch.num_threads";
    private static volatile Engine engine;

    private TorchEngine() {}

    public static Engine get() {
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
                    // The models are small: per-op overhead dominates and a second intra-op thread
                    // mostly waits, or fights other processes for the cores. Measured on the 2-core
                    // machine under load: the benchmark epoch takes 43 s with 1 thread, 100 s with 2.
                    System.setProperty(THREADS, "1");
                }
                RuntimeLogging.configure(false);
                try {
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
     * Intra-op threads for PyTorch (default 1); only effective before the engine has loaded.
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

    /** Seeds PyTorch's generator (parameter initialisation, dropout). */
    public static void seed(long seed) {
        get().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
