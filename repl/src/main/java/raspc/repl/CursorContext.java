package raspc.repl;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the text at the cursor is, which decides both where completion's word starts and what
 * completes it: RASP (names and keywords), the file name of a {@code load "..."}, or an argument
 * of a command line ({@code train sort_26 resume=runs/...}).
 */
enum CursorContext {
    RASP,
    LOAD_PATH,
    COMMAND_ARGUMENT;

    /** An open {@code load "} string just before the cursor. */
    private static final Pattern OPEN_LOAD_STRING = Pattern.compile("(?:^|[\\s;{}])load\\s*\"[^\"]*$");
    private static final Pattern COMMAND_WORD_DONE = Pattern.compile("^\\s*\\S+\\s.*", Pattern.DOTALL);

    /**
     * @param buffer    everything typed for the entry (possibly several lines)
     * @param cursor    the cursor's offset in it
     * @param isCommand whether a line is one of the REPL's command lines
     */
    static CursorContext at(String buffer, int cursor, Predicate<String> isCommand) {
        int lineStart = buffer.lastIndexOf('\n', cursor - 1) + 1;
        String before = buffer.substring(lineStart, cursor);
        if (OPEN_LOAD_STRING.matcher(before).find()) {
            return LOAD_PATH;
        }
        // commands are only recognised as a whole entry, so only on its first line
        boolean firstLine = lineStart == 0 && buffer.indexOf('\n') < 0;
        if (firstLine && COMMAND_WORD_DONE.matcher(before).matches() && isCommand.test(buffer)) {
            return COMMAND_ARGUMENT;
        }
        return RASP;
    }

    /** The text of the open {@code load "} string up to the cursor (for {@link #LOAD_PATH}). */
    static String loadPathBefore(String buffer, int cursor) {
        return buffer.substring(buffer.lastIndexOf('"', cursor - 1) + 1, cursor);
    }
}
