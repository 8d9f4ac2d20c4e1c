package raspc.repl;

import java.util.List;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * Collects REPL lines until they form complete statements.
 *
 * <p>Each line is added to the current entry; every complete statement it finishes is handed
 * out at once (so {@code a = 1; b = 2;} yields two), while an open statement or {@code {} block
 * keeps the entry going ({@link #isContinuing()}, the {@code .. } prompt). A syntax error ends
 * the entry: the statements before it still count, the text after it is dropped. Line and column
 * numbers count from the first line of the entry.
 */
final class LineAssembler {
    /** What one line produced: statements to run, then possibly a syntax error to report. */
    record Assembled(List<Stmt> statements, SyntaxError error) {}

    private final StringBuilder entry = new StringBuilder();
    private int used;

    Assembled add(String line) {
        entry.append(line).append('\n');
        StatementSplitter.Split split = StatementSplitter.split(entry.toString(), used, null);
        used = split.end();
        if (split.incomplete()) {
            return new Assembled(split.statements(), null);
        }
        clear();
        return new Assembled(split.statements(), split.error());
    }

    /** True while the entry holds the start of a statement that is not finished yet. */
    boolean isContinuing() {
        return used < entry.length();
    }

    /**
     * Input ended: the error for an unfinished statement, if one is pending (null otherwise).
     * The entry is cleared either way.
     */
    SyntaxError finish() {
        SyntaxError pending = null;
        if (isContinuing()) {
            // without the last line break, so that the error points at the end of the last line
            String text = entry.substring(0, entry.length() - 1);
            pending = StatementSplitter.split(text, used, null).error();
        }
        clear();
        return pending;
    }

    /** Abandons the entry (Ctrl+C). */
    void clear() {
        entry.setLength(0);
        used = 0;
    }
}
