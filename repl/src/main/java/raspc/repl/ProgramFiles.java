package raspc.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.files.TextFiles;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/** Reading RASP files named on the command line, with the user's mistakes as clear messages. */
final class ProgramFiles {
    private ProgramFiles() {}

    /**
     * The text of {@code file} (relative names start at the working directory); a missing or
     * unreadable file is a {@link UserError}. Messages name the file as the user wrote it.
     */
    static String read(Io io, Path file) {
        try {
            return TextFiles.readUtf8(io.resolve(file));
        } catch (NoSuchFileException e) {
            throw new UserError("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The file's statements; a syntax error is thrown located as {@code file:line:col: ...}. */
    static List<Stmt> parse(Io io, Path file) {
        String text = read(io, file);
        try {
            return ProgramParser.parseProgram(text, file.toString());
        } catch (StackOverflowError e) {
            throw StatementSplitter.tooDeep(text, 0, file.toString());
        }
    }

    /**
     * A session in which the whole file has run, its output discarded (for commands that then
     * use its definitions). A syntax error rejects the file; a failing statement is skipped, as
     * in the original's {@code load}, and printed to {@code warnings} as a located warning.
     *
     * @param example the running example to set before the file runs; null keeps "hello"
     */
    static Session loadSilently(Io io, Path file, Value example, PrintWriter warnings) {
        List<Stmt> program = parse(io, file);
        Session session = new Session(baseDir(io, file), file.toString());
        if (example != null) {
            session.setExample(example);
        }
        session.runProgram(program);
        Warnings.print(session, warnings, file.toString());
        return session;
    }

    static Session loadSilently(RaspcCommand root, Path file) {
        return loadSilently(root.io(), file, null, root.err());
    }

    /** Where {@code load "name";} inside the file looks for other files: the file's folder. */
    static Path baseDir(Io io, Path file) {
        Path parent = io.resolve(file).getParent();
        return parent == null ? io.workingDir() : parent;
    }
}
