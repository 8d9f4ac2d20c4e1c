package raspc.repl;

import picocli.CommandLine.Option;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.RuntimeLogging;

/** The options of every command that runs a model: which device, and whether DJL may talk. */
final class EngineOptions {
    @Option(names = "--device", defaultValue = "cpu", paramLabel = "D", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--verbose", description = "Show DJL's own log messages.")
    private boolean verbose;

    /** Sets DJL's logging as asked and returns the device choice (a user error when it is not one). */
    DeviceChoice start() {
        RuntimeLogging.configure(verbose);
        return DeviceChoice.parse(device);
    }

    /** The device as the user wrote it. */
    String deviceText() {
        return device;
    }
}
