package raspc.repl;

import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import raspc.compiler.value.Value;
import raspc.grammar.RaspLexer;

/**
 * Colours the input as it is typed: RASP keywords, strings, numbers and comments, and names by
 * what the session holds under them (s-op, selector, function). On a command line only the
 * command is marked, and the first word of a mistyped one shows as an error before Enter.
 */
final class InputHighlighter extends DefaultHighlighter {
    private final Function<String, Value> lookup;
    private final EntryKinds kinds;

    /**
     * @param lookup the session's value of a name (null when it has none), asked at every key
     *               press, so that new definitions are coloured at once
     */
    InputHighlighter(Function<String, Value> lookup, EntryKinds kinds) {
        this.lookup = lookup;
        this.kinds = kinds;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        if (kinds.isCommand(buffer)) {
            return firstWord(buffer, Palette.COMMAND);
        }
        if (kinds.unknownCommand(buffer) != null) {
            return firstWord(buffer, Palette.ERROR);
        }
        return rasp(buffer);
    }

    private static AttributedString firstWord(String line, AttributedStyle style) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return new AttributedStringBuilder().append(line.substring(0, start))
                .styled(style, line.substring(start, end)).append(line.substring(end)).toAttributedString();
    }

    private AttributedString rasp(String text) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int done = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getStartIndex() < done) {
                continue; // inside an unterminated string, already coloured
            }
            blanksAndComments(b, text.substring(done, t.getStartIndex()));
            int end = t.getStopIndex() + 1;
            if (t.getType() == RaspLexer.BadChar && t.getText().equals("\"")) {
                end = lineEnd(text, t.getStartIndex()); // a string not closed yet: it runs to the end of the line
                b.styled(Palette.STRING, text.substring(t.getStartIndex(), end));
            } else {
                token(b, t);
            }
            done = end;
        }
        blanksAndComments(b, text.substring(done));
        return b.toAttributedString();
    }

    private void token(AttributedStringBuilder b, Token t) {
        String text = t.getText();
        switch (t.getType()) {
            case RaspLexer.String -> b.styled(Palette.STRING, text);
            case RaspLexer.PosInt, RaspLexer.Float -> b.styled(Palette.NUMBER, text);
            case RaspLexer.ID -> {
                AttributedStyle style = nameStyle(lookup.apply(text));
                if (style == null) {
                    b.append(text);
                } else {
                    b.styled(style, text);
                }
            }
            case RaspLexer.SELECT_OPEN, RaspLexer.AGGREGATE_OPEN, RaspLexer.RANGE_OPEN, RaspLexer.ZIP_OPEN,
                    RaspLexer.LEN_OPEN -> {
                // `select(` is one token: the word is the keyword, the '(' is not
                int word = 0;
                while (word < text.length() && Character.isLetter(text.charAt(word))) {
                    word++;
                }
                b.styled(Palette.KEYWORD, text.substring(0, word)).append(text.substring(word));
            }
            default -> {
                if (isKeyword(t)) {
                    b.styled(Palette.KEYWORD, text);
                } else {
                    b.append(text);
                }
            }
        }
    }

    /** A literal token of letters ('def', 'examples', 's-op', 'full seq display'), not an operator. */
    private static boolean isKeyword(Token t) {
        return t.getType() == RaspLexer.FULL_SEQ_DISPLAY || t.getText().matches("[a-z][a-z-]*")
                && RaspLexer.VOCABULARY.getLiteralName(t.getType()) != null;
    }

    private static AttributedStyle nameStyle(Value value) {
        if (value instanceof Value.SopVal) {
            return Palette.SOP;
        }
        if (value instanceof Value.SelVal) {
            return Palette.SELECTOR;
        }
        if (value instanceof Value.FuncVal) {
            return Palette.FUNCTION;
        }
        return null;
    }

    /** Text between tokens is blanks and comments ({@code #} to the end of its line). */
    private static void blanksAndComments(AttributedStringBuilder b, String gap) {
        int i = 0;
        while (i < gap.length()) {
            int hash = gap.indexOf('#', i);
            if (hash < 0) {
                b.append(gap.substring(i));
                return;
            }
            int end = lineEnd(gap, hash);
            b.append(gap.substring(i, hash)).styled(Palette.COMMENT, gap.substring(hash, end));
            i = end;
        }
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
