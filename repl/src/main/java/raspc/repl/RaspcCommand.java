package raspc.repl;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import raspc.compiler.Session;

/**
 * {@code raspc}: the root command. With no subcommand it starts the REPL.
 *
 * <p>Adding a subcommand takes one class (a picocli {@code @Command} with a {@code call()} that
 * returns an {@link ExitCode}) and one line in {@code subcommands} below; the REPL then offers it
 * as a command too (see {@link CommandHook}).
 */
@Command(name = "raspc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "RASP, the language of \"Thinking Like Transformers\": REPL, interpreter and tools.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "With no command, raspc starts the REPL.",
                "Exit codes: 0 ok; 1 user error (bad file, syntax or RASP error, bad option);",
                "            2 internal error."},
        subcommands = {
                ReplCommand.class,
                RunCommand.class,
                EvalCommand.class,
                DrawCommand.class,
                BenchCommand.class,
                TasksCommand.class,
                PlanCommand.class,
                DatasetCommand.class,
                PeepCommand.class,
                SensitivityCommand.class,
                TrainCommand.class,
                CheckCommand.class,
                DrawAttentionCommand.class,
                PlotCommand.class,
                TrainBooleanCommand.class,
                TrainComposeCommand.class,
                ComposeCommand.class,
                TrainMatrixCommand.class,
                MatrixStudyCommand.class,
                AnalyzeCommand.class,
                BooleanDynamicsCommand.class,
                SweepCommand.class,
                ExportCommand.class,
                PredictCommand.class,
                ProbeCommand.class,
                AblateCommand.class,
                PatchCommand.class,
                EmbeddingsCommand.class,
                InterveneCommand.class,
                DynamicsCommand.class,
                HelpCommand.class,
        })
public final class RaspcCommand implements Callable<Integer> {
    private final Io io;
    private final Session replSession;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of internal errors (also RASPC_DEBUG=1).")
    private boolean debug;

    /** @param replSession the REPL's session when the command was typed in the REPL, else null */
    RaspcCommand(Io io, Session replSession) {
        this.io = io;
        this.replSession = replSession;
    }

    Io io() {
        return io;
    }

    /** The REPL's session, when the command was typed in the REPL ({@code plan NAME} plans its s-ops); else null. */
    Session replSession() {
        return replSession;
    }

    /** Standard output of this invocation (a test's writer, or the REPL's). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    boolean debug() {
        return debug || io.debugFromEnv();
    }

    @Override
    public Integer call() throws java.io.IOException {
        return new ReplCommand(this).call();
    }
}
