package raspc.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Stops at the first syntax error and turns it into a {@link SyntaxError} that names what was expected. */
final class SyntaxErrorListener extends BaseErrorListener {
    private static final int MAX_LISTED = 6;
    private final String source;

    SyntaxErrorListener(String source) {
        this.source = source;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
                            String antlrMessage, RecognitionException e) {
        Token token = offending instanceof Token t ? t : null;
        if (token != null && token.getType() == RaspLexer.BadChar && token.getText().equals("\"")) {
            // the lexer's String cannot end on another line, so an unclosed one leaves a lone '"'
            throw new SyntaxError(source, line, column + 1, "unterminated string: no closing '\"' on this line", false);
        }
        if (token != null && recognizer instanceof Parser parser && followsBareExample(parser)) {
            throw new SyntaxError(source, line, column + 1, "unexpected " + describeFound(token, antlrMessage)
                    + " after the example: without ';' an example is a string, a list, a name or a bracketed"
                    + " expression; end it with ';'", false);
        }
        if (token != null && recognizer instanceof Parser parser && isOperator(token)) {
            // ANTLR's left-recursive loops give up at the operator whose right operand is
            // missing; the mistake is the token after it, so report that one.
            if (parser.getTokenStream() instanceof org.antlr.v4.runtime.BufferedTokenStream buffered) {
                buffered.fill(); // the token after the operator may not have been read yet
            }
            Token next = parser.getTokenStream().get(token.getTokenIndex() + 1);
            boolean end = next.getType() == Token.EOF;
            String found = end ? "end of input" : describeFound(next, antlrMessage);
            throw new SyntaxError(source, next.getLine(), next.getCharPositionInLine() + 1,
                    "unexpected " + found + " after '" + token.getText() + "', expected an expression", end);
        }
        boolean atEnd = token != null && token.getType() == Token.EOF;
        String found = atEnd ? "end of input" : describeFound(token, antlrMessage);
        String expected = "";
        if (recognizer instanceof Parser parser) {
            IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            expected = describeExpected(set, parser.getVocabulary());
        }
        String after = recognizer instanceof Parser parser ? afterOperator(parser, token, expected) : "";
        String message = "unexpected " + found + after + (expected.isEmpty() ? "" : ", expected " + expected);
        throw new SyntaxError(source, line, column + 1, message, atEnd);
    }

    /** " after '+'" when an operand is missing after an operator: the operator is what is unfinished. */
    private static String afterOperator(Parser parser, Token token, String expected) {
        if (token == null || token.getTokenIndex() <= 0 || !expected.equals("an expression")) {
            return "";
        }
        Token previous = parser.getTokenStream().get(token.getTokenIndex() - 1);
        return isOperator(previous) ? " after '" + previous.getText() + "'" : "";
    }

    /** True when the parser has just finished a {@code set example VALUE} without ';' (an exampleValue). */
    private static boolean followsBareExample(Parser parser) {
        if (!(parser.getContext() instanceof RaspParser.ReplEntryContext entry) || entry.statement() == null) {
            return false;
        }
        return entry.statement().replStatement() instanceof RaspParser.SetExampleContext set
                && set.exampleValue() != null && set.getStop() != null && !";".equals(set.getStop().getText());
    }

    private static final java.util.Set<String> OPERATORS = java.util.Set.of(
            "'+'", "'-'", "'*'", "'/'", "'%'", "'^'", "'=='", "'!='", "'<'", "'>'", "'<='", "'>='",
            "'and'", "'or'", "'not'", "'in'", "'if'", "'else'");

    private static boolean isOperator(Token token) {
        String literal = RaspLexer.VOCABULARY.getLiteralName(token.getType());
        return literal != null && OPERATORS.contains(literal);
    }

    private static String describeFound(Token token, String antlrMessage) {
        if (token == null) {
            return antlrMessage;
        }
        if (token.getType() == RaspLexer.BadChar) {
            return "character '" + token.getText() + "'";
        }
        return "'" + token.getText() + "'";
    }

    static String describeExpected(IntervalSet set, Vocabulary vocabulary) {
        if (set == null || set.isNil()) {
            return "";
        }
        List<Integer> types = set.toList();
        if (types.contains(RaspLexer.ID) && types.contains(RaspLexer.PosInt) && types.size() > MAX_LISTED) {
            return types.contains(RaspLexer.T__0) || types.size() > 20 ? "a statement or an expression" : "an expression";
        }
        List<String> names = new ArrayList<>();
        for (int type : types) {
            names.add(name(type, vocabulary));
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > MAX_LISTED) {
            return "one of " + String.join(", ", names.subList(0, MAX_LISTED)) + ", ...";
        }
        return "one of " + String.join(", ", names);
    }

    private static String name(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case RaspLexer.ID -> "a name";
            case RaspLexer.PosInt -> "an integer";
            case RaspLexer.Float -> "a float";
            case RaspLexer.String -> "a string";
            case RaspLexer.SELECT_OPEN -> "'select('";
            case RaspLexer.AGGREGATE_OPEN -> "'aggregate('";
            case RaspLexer.RANGE_OPEN -> "'range('";
            case RaspLexer.ZIP_OPEN -> "'zip('";
            case RaspLexer.LEN_OPEN -> "'len('";
            case RaspLexer.FULL_SEQ_DISPLAY -> "'full seq display'";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }
}
