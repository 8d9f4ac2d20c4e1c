package raspc.repl;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import raspc.compiler.task.TaskNames;
import raspc.grammar.ProgramParser;
import raspc.grammar.RaspLexer;

/**
 * Recognises a mistyped command ({@code trian reverse_10}) so that the REPL can say so at once,
 * instead of waiting for more lines (to RASP, {@code trian reverse_10} is the start of a task
 * declaration) and then reporting a parse error.
 *
 * <p>A line is taken for a command only when it cannot be RASP: its first word is no name the
 * session knows, no keyword, and is followed by a command-like argument (a name, number, string,
 * path or option, after a blank), where RASP would need an operator. A word standing alone is a
 * mistyped command only when it is close to a command's name: {@code x} alone may well be the
 * start of a statement that goes on on the next line.
 */
final class UnknownCommand {
    private static final Pattern WORD_AND_REST = Pattern.compile("\\s*([A-Za-z_][A-Za-z_0-9-]*)(.*)");
    /** Names that start declarations ({@code task NAME { ... }}), contextual keywords of the grammar. */
    private static final Set<String> DECLARATION_KINDS = Set.of("task", "boolean");
    private static final int MAX_SUGGESTIONS = 3;
    private static final int MIN_SUGGESTED_LENGTH = 3;

    private final Collection<String> commands;
    private final Predicate<String> defined;

    /**
     * @param commands the REPL's command names
     * @param defined  whether the session knows a name (then the line is RASP using it)
     */
    UnknownCommand(Collection<String> commands, Predicate<String> defined) {
        this.commands = commands;
        this.defined = defined;
    }

    /** The message for {@code line} when it is a mistyped command, else null. */
    String message(String line) {
        Matcher m = WORD_AND_REST.matcher(line);
        if (line.contains("\n") || !m.matches()) {
            return null;
        }
        String word = m.group(1);
        String rest = m.group(2);
        if (commands.contains(word) || DECLARATION_KINDS.contains(word) || isKeyword(word) || defined.test(word)) {
            return null;
        }
        // a word of one or two letters is a prefix of many commands, and far more likely a RASP name
        List<String> close = word.length() < MIN_SUGGESTED_LENGTH ? List.of()
                : TaskNames.closeMatches(word, commands, MAX_SUGGESTIONS);
        boolean alone = ProgramParser.isBlank(rest);
        if (alone ? close.isEmpty() : !startsWithArgument(rest)) {
            return null;
        }
        if (StatementSplitter.split(line, 0, null).complete()) {
            return null; // e.g. `trian;`: RASP, whose error (an undefined name) is the right one
        }
        return "unknown command '" + word + "'" + (close.isEmpty() ? " (help lists the commands)"
                : "; did you mean " + quotedAlternatives(close) + "?");
    }

    /** After a blank, something that is a command's argument and could not continue RASP. */
    private static boolean startsWithArgument(String rest) {
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) {
            return false;
        }
        String argument = rest.strip();
        if (argument.matches("--?[A-Za-z-].*")) {
            return true; // an option: -h, --epochs=3
        }
        List<? extends Token> tokens = tokens(argument);
        Token first = tokens.get(0);
        boolean plain = switch (first.getType()) {
            case RaspLexer.ID, RaspLexer.PosInt, RaspLexer.Float, RaspLexer.String, RaspLexer.BadChar -> true;
            default -> false;
        };
        // `NAME OTHER {` and `NAME OTHER(` are declarations (task, boolean), mistyped or not.
        boolean declaration = first.getType() == RaspLexer.ID && tokens.size() > 1
                && (tokens.get(1).getText().equals("{") || tokens.get(1).getText().equals("("));
        return plain && !declaration;
    }

    private static boolean isKeyword(String word) {
        List<? extends Token> tokens = tokens(word);
        return tokens.size() == 1 && tokens.get(0).getType() != RaspLexer.ID;
    }

    private static List<? extends Token> tokens(String text) {
        RaspLexer lexer = new RaspLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens();
    }

    /** 'a', 'a' or 'b', 'a', 'b' or 'c'. */
    private static String quotedAlternatives(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : i == words.size() - 1 ? " or " : ", ").append('\'').append(words.get(i)).append('\'');
        }
        return b.toString();
    }
}
