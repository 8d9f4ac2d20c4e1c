package raspc.repl;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import raspc.compiler.Session;

/**
 * Builds the {@code raspc} command line: the command tree, the way its commands are created
 * (each gets the root command, hence the {@link Io}), and where failures are reported.
 */
public final class Cli {
    private Cli() {}

    /** The command line for one invocation, printing to {@code out} and {@code err}. */
    public static CommandLine create(Io io, PrintWriter out, PrintWriter err) {
        return create(new RaspcCommand(io, null), out, err);
    }

    /** The command line for a command typed in the REPL, which can use the REPL's session. */
    static CommandLine createInRepl(Io io, Session session, PrintWriter out, PrintWriter err) {
        return create(new RaspcCommand(io, session), out, err);
    }

    private static CommandLine create(RaspcCommand root, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(root, factory(root));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        FailureHandler failures = new FailureHandler(root);
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(failures);
        return cli;
    }

    /** Runs {@code raspc args...} and returns its exit code. */
    public static int execute(Io io, PrintWriter out, PrintWriter err, String... args) {
        try {
            return create(io, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Subcommands that take the root command in their constructor get it; others are made as usual. */
    private static IFactory factory(RaspcCommand root) {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(RaspcCommand.class).newInstance(root);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }
}
