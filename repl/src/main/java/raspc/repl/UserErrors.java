package raspc.repl;

import raspc.compiler.error.RaspError;
import raspc.compiler.files.FileWriteException;
import raspc.grammar.SyntaxError;

/** Which exceptions are the user's mistakes (shown as messages) rather than raspc's bugs. */
final class UserErrors {
    private UserErrors() {}

    static boolean isUserError(Throwable e) {
        return e instanceof SyntaxError || e instanceof RaspError || e instanceof UserError
                || e instanceof raspc.runtime.RuntimeUserException || e instanceof FileWriteException;
    }

    /**
     * The located message of a syntax or RASP error, prefixed with {@code source} when the
     * error itself does not name its file (statements typed or read from the file being run).
     */
    static String located(RuntimeException e, String source) {
        String message = e.getMessage();
        boolean named = e instanceof SyntaxError s ? s.source() != null
                : e instanceof RaspError r && r.source() != null;
        if (named || source == null) {
            return message;
        }
        boolean hasPosition = !(e instanceof RaspError r) || r.located();
        return source + (hasPosition ? ":" : ": ") + message;
    }
}
