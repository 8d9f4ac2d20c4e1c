package raspc.compiler;

import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import raspc.compiler.error.RaspError;
import raspc.compiler.files.FileNames;
import raspc.compiler.files.TextFiles;
import raspc.compiler.interp.Env;
import raspc.compiler.interp.Interpreter;
import raspc.compiler.interp.SessionState;
import raspc.compiler.result.DisplaySettings;
import raspc.compiler.result.Output;
import raspc.compiler.result.StatementResult;
import raspc.compiler.interp.Stdlib;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/**
 * One REPL or file session: the environment (standard library preloaded), the running examples
 * and display settings. Each {@link #execute} is atomic: on a {@link RaspError} the variables,
 * examples and settings are exactly as before. Statements return values ({@link StatementResult});
 * showing them is the REPL's job.
 */
public final class Session {
    private final SessionState state;
    /** The file whose statements the session runs, named in their errors; null for the REPL. */
    private final String source;
    /** Statements of {@link #runProgram} that failed and were skipped. */
    private final List<RaspError> skipped = new ArrayList<>();

    /** A session whose base directory (for {@code load} and {@code draw}) is the current directory. */
    public Session() {
        this(Path.of("").toAbsolutePath());
    }

    public Session(Path baseDir) {
        this(baseDir, null);
    }

    /**
     * @param source the file the statements come from, named in their errors, also in those of
     *               functions it defines that fail later (a task's generator); null for the REPL
     */
    public Session(Path baseDir, String source) {
        Env base = Stdlib.create();
        Env console = Env.top(base, "console", Stdlib.reservedNames(base));
        state = new SessionState(baseDir, base, console);
        this.source = source;
    }

    /**
     * Sets both running examples, as {@code set example} does: every s-op a statement defines is
     * tried on it, so a program written for int tokens needs an int example before it runs.
     */
    public void setExample(Value example) {
        Inputs.of(example); // must be a usable input
        state.display = state.display.withSeqExample(example).withSelExample(example);
    }

    /**
     * Executes one statement and returns what it produced. Throws {@link RaspError} on a user
     * error, leaving the session untouched.
     */
    public StatementResult execute(Stmt stmt) {
        DisplaySettings savedDisplay = state.display;
        boolean savedExit = state.exit;
        Env staging = state.console.stage();
        try {
            List<Output> outs = new ArrayList<>();
            new Interpreter(state, source).exec(stmt, staging, outs);
            staging.commit();
            state.commitRenames();
            return new StatementResult(outs, state.display, state.mainEvaluator(), state::nameOf);
        } catch (RaspError e) {
            rollback(savedDisplay, savedExit);
            throw e;
        } catch (StackOverflowError e) {
            rollback(savedDisplay, savedExit);
            throw new RaspError(null, stmt.pos(), "program nested too deeply (stack overflow)");
        } catch (OutOfMemoryError e) {
            rollback(savedDisplay, savedExit);
            throw new RaspError(null, stmt.pos(), "out of memory while running the statement");
        }
    }

    private void rollback(DisplaySettings display, boolean exit) {
        state.display = display;
        state.exit = exit;
        state.dropRenames();
    }

    /** True once an {@code exit}/{@code quit} command ran. */
    public boolean exitRequested() {
        return state.exit;
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
     * relative to the file); see {@link #runProgram}. A syntax error names the file and rejects
     * it whole; a missing file is a RaspError.
     */
    public static Session ofFile(Path file) {
        String shown = FileNames.shown(file);
        String text;
        try {
            text = TextFiles.readUtf8(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RaspError("no such file: " + shown);
        } catch (java.io.IOException e) {
            throw new RaspError("cannot read " + shown + ": " + e.getMessage());
        }
        List<Stmt> program = ProgramParser.parseProgram(text, shown);
        Session session = new Session(file.toAbsolutePath().getParent(), shown);
        session.runProgram(program);
        return session;
    }

    /**
     * A session in which a file's statements have run; see {@link #runProgram}. {@code load}
     * paths start at baseDir, errors name {@code fileLabel}.
     */
    public static Session ofProgram(List<Stmt> program, Path baseDir, String fileLabel) {
        Session session = new Session(baseDir, fileLabel);
        session.runProgram(program);
        return session;
    }

    /**
     * Runs a file's statements up to the end or an {@code exit}, their printouts discarded. As
     * the original's {@code load}, a failing statement is skipped and the rest still runs: its
     * error becomes a warning ({@link #takeWarnings}), after those of the files it loaded.
     */
    public void runProgram(List<Stmt> program) {
        for (Stmt s : program) {
            try {
                execute(s);
                skipped.addAll(state.takeWarnings()); // in order: a file's loads come before its later statements
            } catch (RaspError e) {
                skipped.add(e.at(source, s.pos()));
            }
            if (exitRequested()) {
                break;
            }
        }
    }

    /**
     * The statements skipped since the last call, in order: those of {@link #runProgram} and of
     * the files {@code load} ran (each located in its file). Only committed statements count.
     */
    public List<RaspError> takeWarnings() {
        List<RaspError> out = new ArrayList<>(skipped);
        out.addAll(state.takeWarnings());
        skipped.clear();
        return out;
    }

    /** The tasks declared so far (by this session's statements and the files it loaded). */
    public List<raspc.compiler.task.TaskDefinition> tasks() {
        return state.tasks();
    }

    /** The composition studies declared so far. */
    public List<raspc.compiler.task.CompositionDefinition> compositions() {
        return state.compositions();
    }

    /** The Boolean functions declared so far. */
    public List<raspc.compiler.bool.BooleanSpec> booleanSpecs() {
        return state.booleans();
    }

    /** The s-op running example (a string or a list). */
    public Value sequenceExample() {
        return state.display.seqExample();
    }
}
