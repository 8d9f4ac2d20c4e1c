package raspc.repl;

import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * How JLine reads what is typed at the REPL's prompt.
 *
 * <p>Enter ends the entry only when it is finished: for the start of a RASP statement
 * ({@code def f(x) {}) it starts a new line of the same entry instead, with the {@code .. }
 * prompt. A statement thus reaches the REPL, and its history, as one entry, however many lines
 * it took, and comes back whole with the up arrow.
 *
 * <p>For completion, words are RASP names in RASP ({@code x = rev<TAB>(tokens)}), the file name
 * inside {@code load "..."}, and blank-separated (shell-like) words on command lines, whose
 * arguments are paths and run folders.
 */
final class ReplLineParser implements Parser {
    private final Predicate<String> needsMoreLines;
    private final Predicate<String> isCommand;
    private final IdentifierWordParser identifierWords = new IdentifierWordParser();
    private final DefaultParser shellWords = new DefaultParser().escapeChars(new char[0]);

    /**
     * @param needsMoreLines whether an entry is an unfinished RASP statement
     * @param isCommand      whether an entry is a command line
     */
    ReplLineParser(Predicate<String> needsMoreLines, Predicate<String> isCommand) {
        this.needsMoreLines = needsMoreLines;
        this.isCommand = isCommand;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && needsMoreLines.test(line)) {
            throw new EOFError(-1, -1, "unfinished statement");
        }
        return switch (CursorContext.at(line, cursor, isCommand)) {
            case RASP -> identifierWords.parse(line, cursor, context);
            case COMMAND_ARGUMENT -> shellWords.parse(line, cursor, context);
            case LOAD_PATH -> {
                String path = CursorContext.loadPathBefore(line, cursor);
                yield identifierWords.new ArgumentList(line, List.of(path), 0, path.length(), cursor,
                        null, path.length(), path.length());
            }
        };
    }
}
