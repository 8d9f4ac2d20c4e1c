package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import raspc.grammar.ProgramParser;
import raspc.grammar.RaspLexer;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * Cuts REPL text into the complete statements it holds, in order.
 *
 * <p>A statement can only end after a {@code ;}, after a {@code }} or at the end of a line (REPL
 * commands such as {@code examples off} need no {@code ;}). Each such place is tried in turn with
 * {@link ProgramParser#parseEntry}: the first prefix that parses is the next statement; a prefix
 * that merely stops too early ({@link SyntaxError#incomplete()}) lets the next place be tried; any
 * other syntax error is final. Text before the statement being parsed is blanked rather than cut
 * off, so positions in statements and errors stay those of the whole text.
 */
final class StatementSplitter {
    private StatementSplitter() {}

    /**
     * The statements of {@code text} from {@code start} on.
     *
     * @param statements the complete statements found, in order
     * @param end        where the text they cover ends (the rest is pending or erroneous)
     * @param error      the syntax error that stopped the split, or null when the whole text was used
     */
    record Split(List<Stmt> statements, int end, SyntaxError error) {
        /** True when the text ends inside a statement that more input could complete. */
        boolean incomplete() {
            return error != null && error.incomplete();
        }

        /** True when the text is nothing but complete statements (and blanks or comments). */
        boolean complete() {
            return error == null;
        }
    }

    static Split split(String text, int start, String sourceName) {
        List<Stmt> statements = new ArrayList<>();
        TreeSet<Integer> ends = possibleEnds(text);
        int pos = start;
        while (!ProgramParser.isBlank(text.substring(pos))) {
            SyntaxError lastIncomplete = null;
            Stmt found = null;
            for (int end : ends.tailSet(pos, false)) {
                String candidate = text.substring(pos, end);
                if (ProgramParser.isBlank(candidate)) {
                    continue;
                }
                try {
                    found = ProgramParser.parseEntry(blanked(text, pos) + candidate, sourceName);
                    pos = end;
                    break;
                } catch (SyntaxError e) {
                    if (!e.incomplete()) {
                        return new Split(statements, pos, e);
                    }
                    lastIncomplete = e;
                } catch (StackOverflowError e) {
                    return new Split(statements, pos, tooDeep(text, pos, sourceName));
                }
            }
            if (found == null) {
                return new Split(statements, pos, lastIncomplete);
            }
            statements.add(found);
        }
        return new Split(statements, text.length(), null);
    }

    /** The parser recurses once per nesting level; absurdly deep input is an error, not a crash. */
    static SyntaxError tooDeep(String text, int pos, String sourceName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SyntaxError(sourceName, line, pos - lineStart + 1, "statement nested too deeply to parse");
    }

    /** Offsets just after each {@code ;} and {@code }} token and each line end, plus the text's end. */
    private static TreeSet<Integer> possibleEnds(String text) {
        TreeSet<Integer> ends = new TreeSet<>();
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            String literal = RaspLexer.VOCABULARY.getLiteralName(token.getType());
            if ("';'".equals(literal) || "'}'".equals(literal)) {
                ends.add(token.getStopIndex() + 1);
            }
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            ends.add(i + 1);
        }
        ends.add(text.length());
        return ends;
    }

    /** The first {@code length} characters of the text with everything but line breaks made blank. */
    private static String blanked(String text, int length) {
        StringBuilder blank = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            blank.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
        return blank.toString();
    }
}
