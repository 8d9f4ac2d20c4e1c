package raspc.runtime;

/**
 * A mistake the user can fix (an unusable run folder, a device that is not there, options that
 * do not fit the task). The command line prints the message and exits with code 1; it never
 * shows a stack trace for these.
 */
public class RuntimeUserException extends RuntimeException {
    public RuntimeUserException(String message) {
        super(message);
    }

    public RuntimeUserException(String message, Throwable cause) {
        super(message, cause);
    }
}
