package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.compiler.Session;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * {@code raspc run FILE}: runs a RASP file statement by statement as the REPL would, printing
 * what each prints. A syntax error stops it before anything runs; a failing statement is
 * reported and the rest still runs (as in the REPL), and the exit code then says it failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a RASP file as the REPL would, printing each statement's output.",
        footer = {"", "Exit code 1 when the file has a syntax error (nothing runs) or any statement failed."})
public final class RunCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The RASP program (.rasp).")
    private Path file;

    public RunCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        List<Stmt> program;
        try {
            program = ProgramFiles.parse(root.io(), file);
        } catch (SyntaxError e) {
            root.err().println(e.getMessage());
            return ExitCode.USER_ERROR;
        }
        Session session = new Session(ProgramFiles.baseDir(root.io(), file));
        StatementRunner runner = new StatementRunner(session, root.out(), root.err(), file.toString(), "",
                root.debug());
        int exitCode = ExitCode.OK;
        for (Stmt stmt : program) {
            exitCode = Math.max(exitCode, runner.execute(stmt));
            if (session.exitRequested()) {
                break;
            }
        }
        return exitCode;
    }
}
