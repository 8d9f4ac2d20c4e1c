package raspc.repl;

/**
 * A mistake of the user's that is not RASP code (a missing file, an unwritable folder): its
 * message is shown as it is and the command exits with {@link ExitCode#USER_ERROR}.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
