package raspc.runtime.engine;

import raspc.runtime.RuntimeUserException;

/** {@code --device gpu} on a machine (or a build) without a usable GPU. */
public final class DeviceUnavailableException extends RuntimeUserException {
    public DeviceUnavailableException(String message) {
        super(message);
    }
}
