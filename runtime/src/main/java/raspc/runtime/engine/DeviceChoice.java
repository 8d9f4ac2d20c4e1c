package raspc.runtime.engine;

import java.util.Locale;
import raspc.runtime.RuntimeUserException;

/** The {@code --device} option: cpu, gpu, or auto (a GPU when there is one). */
public enum DeviceChoice {
    CPU, GPU, AUTO;

    public static DeviceChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuntimeUserException("unknown device '" + text + "': use cpu, gpu or auto");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
