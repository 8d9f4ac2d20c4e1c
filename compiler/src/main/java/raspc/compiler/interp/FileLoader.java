package raspc.compiler.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.error.RaspError;
import raspc.compiler.files.FileNames;
import raspc.compiler.files.TextFiles;
import raspc.compiler.result.Output;
import raspc.grammar.ProgramParser;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;

/**
 * {@code load "file";} as the original runs it: the file's statements in an environment of its
 * own, a failing statement skipped with a warning, and its public assignments shown.
 */
final class FileLoader {
    private static final int MAX_LOAD_DEPTH = 16;

    private final Interpreter interp;
    private final SessionState state;
    private final Interpreter.Counters counters;

    FileLoader(Interpreter interp, SessionState state, Interpreter.Counters counters) {
        this.interp = interp;
        this.state = state;
        this.counters = counters;
    }

    List<Output> load(Stmt.Load l, Env calling) {
        String libname = l.file();
        String fileName = libname + ".rasp";
        Path path = state.baseDir.resolve(fileName);
        if (!Files.isRegularFile(path)) {
            path = Path.of(fileName);
        }
        if (!Files.isRegularFile(path)) {
            throw interp.error(l.pos(), "could not find file: " + fileName);
        }
        if (counters.loadDepth >= MAX_LOAD_DEPTH) {
            counters.abandoned = true; // every enclosing load would fail the same way
            throw interp.error(l.pos(), "load nesting deeper than " + MAX_LOAD_DEPTH + " (does a file load itself?)");
        }
        String text;
        try {
            text = TextFiles.readUtf8(path);
        } catch (IOException e) {
            throw interp.error(l.pos(), "could not read file " + path + ": " + e.getMessage());
        }
        String shown = FileNames.shown(path);
        List<Stmt> program;
        try {
            program = ProgramParser.parseProgram(text, shown);
        } catch (SyntaxError e) {
            throw new RaspError(shown, new Pos(e.line(), e.column()), e.detail());
        }
        Env fileEnv = Env.file(state.base, libname, calling);
        Interpreter inner = new Interpreter(state, shown, counters);
        List<Output> outs = new ArrayList<>();
        counters.loadDepth++;
        try {
            for (Stmt s : program) {
                execOrSkip(inner, s, fileEnv, outs);
                if (state.exit) {
                    // as in the original, exit in a loaded file ends the file, not the session
                    state.exit = false;
                    break;
                }
            }
        } finally {
            counters.loadDepth--;
        }
        return publicResults(outs);
    }

    /**
     * Runs a loaded file's statement; when it fails, undoes it and reports it as a warning, as
     * the original goes on with the rest of the file. An interrupted or endless statement, or loads
     * nested too deeply, stop the whole load instead: the user asked to abandon it, or the rest
     * would fail the same way.
     */
    private void execOrSkip(Interpreter inner, Stmt stmt, Env fileEnv, List<Output> outs) {
        Runnable undo = state.checkpoint(fileEnv);
        int shown = outs.size();
        try {
            inner.exec(stmt, fileEnv, outs);
        } catch (RaspError e) {
            if (counters.abandoned) {
                throw e;
            }
            undo.run();
            outs.subList(shown, outs.size()).clear();
            state.warn(e.at(inner.source(), stmt.pos()));
        }
    }

    /** A loaded file shows its public assignments, each name once (its last value), without examples. */
    private static List<Output> publicResults(List<Output> outs) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (int i = 0; i < outs.size(); i++) {
            if (outs.get(i) instanceof Output.Named n) {
                last.put(n.name(), i);
            }
        }
        List<Output> shown = new ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
            Output o = outs.get(i);
            if (o instanceof Output.Named n) {
                if (last.get(n.name()) == i && !n.name().startsWith("_") && !n.name().equals("out")) {
                    shown.add(new Output.Named(n.name(), n.value(), false));
                }
            } else if (o instanceof Output.Declared) {
                shown.add(o);
            }
        }
        return shown;
    }
}
