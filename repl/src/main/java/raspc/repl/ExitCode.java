package raspc.repl;

/** The process exit codes of every raspc command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The user's input was wrong: a bad file, a syntax or RASP error, a bad option. */
    public static final int USER_ERROR = 1;
    /** raspc itself failed (a bug): an unexpected exception. */
    public static final int INTERNAL_ERROR = 2;
    /** Stopped by Ctrl+C (128 + SIGINT, the shell's convention) after keeping what could be kept. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
