package raspc.runtime.engine;

/**
 * Keeps DJL's informational logging off the user's screen. DJL logs through slf4j; with the
 * slf4j-simple binding the level comes from system properties read when the first logger is
 * made, so {@link #configure} must run before the engine loads (the CLI calls it first thing).
 */
public final class RuntimeLogging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private RuntimeLogging() {}

    /** Warnings only, unless the user asked for {@code --verbose}; an explicit -D setting wins. */
    public static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(LEVEL, "info");
        } else if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "warn");
        }
        if (!verbose) {
            // DJL probes for CUDA even with CPU natives and warns when a CUDA runtime but no driver is present
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    }
}
