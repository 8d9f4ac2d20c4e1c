package raspc.grammar;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import raspc.grammar.ast.Stmt;

/**
 * Text to AST. Every syntax error is a {@link SyntaxError} carrying {@code source:line:col};
 * nothing here prints or exits.
 */
public final class ProgramParser {
    private ProgramParser() {}

    /** Parses a whole program (a file, or several statements). */
    public static List<Stmt> parseProgram(String text, String sourceName) {
        RaspParser parser = parser(text, sourceName);
        return new AstBuilder(sourceName).program(parser.program());
    }

    /**
     * Parses one REPL entry: exactly one statement. Throws a {@link SyntaxError} whose
     * {@link SyntaxError#incomplete()} is true when more input could complete it.
     */
    public static Stmt parseEntry(String text, String sourceName) {
        RaspParser parser = parser(text, sourceName);
        return new AstBuilder(sourceName).statement(parser.replEntry().statement());
    }

    /** True when the text holds nothing but blanks and comments. */
    public static boolean isBlank(String text) {
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.nextToken().getType() == org.antlr.v4.runtime.Token.EOF;
    }

    private static RaspParser parser(String text, String sourceName) {
        SyntaxErrorListener listener = new SyntaxErrorListener(sourceName);
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        RaspParser parser = new RaspParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser;
    }
}
