package raspc.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import raspc.compiler.error.RaspError;
import raspc.compiler.interp.Env;
import raspc.compiler.interp.Interpreter;
import raspc.compiler.interp.Out;
import raspc.compiler.interp.Printer;
import raspc.compiler.interp.SessionState;
import raspc.compiler.interp.Settings;
import raspc.compiler.interp.Stdlib;
import raspc.grammar.ast.Stmt;

/**
 * One REPL or file session: the environment (standard library preloaded), the running examples
 * and display settings. Each {@link #execute} is atomic: on a {@link RaspError} the variables,
 * examples and settings are exactly as before.
 */
public final class Session {
    private final SessionState state;

    /** A session whose base directory (for {@code load} and {@code draw}) is the current directory. */
    public Session() {
        this(Path.of("").toAbsolutePath());
    }

    public Session(Path baseDir) {
        Env base = Stdlib.create();
        Env console = Env.top(base, "console", Stdlib.reservedNames(base));
        state = new SessionState(baseDir, base, console);
    }

    /**
     * Executes one statement and returns the lines the original REPL prints for it. Throws
     * {@link RaspError} on a user error, leaving the session untouched.
     */
    public List<String> execute(Stmt stmt) {
        Settings saved = state.settings.copy();
        Env staging = state.console.stage();
        try {
            List<Out> outs = new ArrayList<>();
            new Interpreter(state).exec(stmt, staging, outs);
            List<String> lines = Printer.render(outs, state);
            staging.commit();
            state.commitRenames();
            return lines;
        } catch (RaspError e) {
            rollback(saved);
            throw e;
        } catch (StackOverflowError e) {
            rollback(saved);
            throw new RaspError(null, stmt.pos(), "program nested too deeply (stack overflow)");
        } catch (OutOfMemoryError e) {
            rollback(saved);
            throw new RaspError(null, stmt.pos(), "out of memory while running the statement");
        }
    }

    private void rollback(Settings saved) {
        state.settings = saved;
        state.dropRenames();
    }

    /** True once an {@code exit}/{@code quit} command ran. */
    public boolean exitRequested() {
        return state.settings.exit;
    }

    /** Every visible name (variables, library, built-ins), for tab completion. */
    public SortedSet<String> names() {
        SortedSet<String> out = new TreeSet<>(Interpreter.names(state.console));
        out.remove("out");
        return out;
    }

    /** The value of a visible name, or null. */
    public Value get(String name) {
        return state.console.lookup(name);
    }

    public Path baseDir() {
        return state.baseDir;
    }

    /**
     * A session in which a whole file has run, its printouts discarded ({@code load} paths are
     * relative to the file). A syntax or RASP error names the file; a missing file is a RaspError.
     */
    public static Session ofFile(Path file) {
        String shown = raspc.compiler.files.FileNames.shown(file);
        String text;
        try {
            text = raspc.compiler.files.TextFiles.readUtf8(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RaspError("no such file: " + shown);
        } catch (java.io.IOException e) {
            throw new RaspError("cannot read " + shown + ": " + e.getMessage());
        }
        return ofProgram(raspc.grammar.ProgramParser.parseProgram(text, shown), file.toAbsolutePath().getParent(), shown);
    }

    /**
     * A session in which a file's statements have run, up to the end or an {@code exit}, their
     * printouts discarded; {@code load} paths start at baseDir. The first failing statement is
     * thrown as a RaspError that names {@code fileLabel}, as a syntax error in the file would.
     */
    public static Session ofProgram(List<Stmt> program, Path baseDir, String fileLabel) {
        Session session = new Session(baseDir);
        for (Stmt s : program) {
            try {
                session.execute(s);
            } catch (RaspError e) {
                throw e.source() == null ? new RaspError(fileLabel, e.pos(), e.detail()) : e;
            }
            if (session.exitRequested()) {
                break;
            }
        }
        return session;
    }

    /** The tasks declared so far (by this session's statements and the files it loaded). */
    public List<raspc.compiler.task.TaskDefinition> tasks() {
        return state.tasks();
    }

    /** The Boolean functions declared so far. */
    public List<raspc.compiler.bool.BooleanSpec> booleanSpecs() {
        return state.booleans();
    }

    /** The s-op running example (a string or a list). */
    public Value sequenceExample() {
        return state.settings.seqExample;
    }
}
