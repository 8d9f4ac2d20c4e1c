package raspc.repl;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where a command's failure becomes a message and an exit code: a user's mistake
 * is its message and {@link ExitCode#USER_ERROR}; anything else is a one-line
 * {@code internal error: ...} and {@link ExitCode#INTERNAL_ERROR}, with the stack trace only
 * under {@code --debug} or {@code RASPC_DEBUG=1}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final RaspcCommand root;

    FailureHandler(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        // the root's stream: every command of this invocation writes its messages there
        return report(e, root.err(), root.debug());
    }

    /** Prints the failure to {@code err} and returns the exit code it deserves. */
    static int report(Throwable e, PrintWriter err, boolean debug) {
        if (Interruption.caused(e)) {
            Thread.interrupted();
            err.println(Interruption.MESSAGE);
            err.flush();
            return ExitCode.USER_ERROR;
        }
        if (UserErrors.isUserError(e)) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USER_ERROR;
        }
        err.println("internal error: " + describe(e));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --debug or RASPC_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getName() + (message == null ? "" : ": " + message);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USER_ERROR;
    }
}
