package raspc.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's peak resident memory, as Linux keeps it (VmHWM in /proc/self/status): native
 * tensors included, which the JVM's own memory figures do not see. Empty on other systems.
 */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {}

    public static OptionalLong residentBytes() {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            return parseStatus(Files.readString(STATUS));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The VmHWM line of a status file ("VmHWM:   123456 kB"), in bytes. */
    static OptionalLong parseStatus(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] words = line.substring("VmHWM:".length()).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(words[0]) * 1024);
            }
        }
        return OptionalLong.empty();
    }
}
