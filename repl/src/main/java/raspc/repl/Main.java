package raspc.repl;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code raspc} program. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: RASP strings may hold symbols such as the BOS token "§".
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Cli.execute(Io.system(), out, err, args);
        } catch (Throwable e) { // last resort (an Error escaping picocli): still one line and exit code 2
            code = FailureHandler.report(e, err, "1".equals(System.getenv("RASPC_DEBUG")));
        }
        System.exit(code);
    }
}
