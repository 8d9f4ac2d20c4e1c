package raspc.repl;

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
}
