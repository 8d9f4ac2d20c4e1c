package raspc.repl;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands read from the outside world besides their arguments: standard input,
 * whether a person is at a terminal, the environment and the working directory. Tests pass
 * their own.
 *
 * @param in         standard input (the REPL reads statements from it when it is not a terminal)
 * @param terminal   true when standard input and output are an interactive terminal
 * @param env        environment variables (RASPC_HISTORY, RASPC_DEBUG)
 * @param workingDir where relative file names (command arguments, {@code load} in the REPL) start
 */
public record Io(InputStream in, boolean terminal, Map<String, String> env, Path workingDir) {
    public static Io system() {
        return new Io(System.in, System.console() != null, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** Piped input, an empty environment and the given working directory: what tests see. */
    public static Io piped(InputStream in, Path workingDir) {
        return new Io(in, false, Map.of(), workingDir.toAbsolutePath());
    }

    /** A file named on the command line, relative to the working directory. */
    Path resolve(Path file) {
        return workingDir.resolve(file);
    }

    /** True when RASPC_DEBUG=1 asks for stack traces of internal errors. */
    boolean debugFromEnv() {
        return "1".equals(env.get("RASPC_DEBUG"));
    }
}
