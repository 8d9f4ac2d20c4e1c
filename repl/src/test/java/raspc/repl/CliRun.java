package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code raspc args...} in-process in a working directory, as a user would, capturing what it prints. */
record CliRun(int code, String out, String err) {

    static CliRun in(Path dir, String... args) {
        return in(dir, Map.of(), args);
    }

    static CliRun in(Path dir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), false, env, dir);
        int code = Cli.execute(io, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code raspc args...} and checks that it succeeded (its standard error is the failure message). */
    static CliRun succeeded(Path dir, String... args) {
        CliRun r = in(dir, args);
        assertEquals(ExitCode.OK, r.code(), r.err());
        return r;
    }

    /** Checks that {@code r} failed as a user mistake: its exit code, the message, and no stack trace. */
    static void assertUserError(CliRun r, String message) {
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
