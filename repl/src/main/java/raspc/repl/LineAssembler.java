package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * Collects REPL lines until they form complete statements.
 *
 * <p>Each line is added to the current entry; an open statement or {@code {} block keeps the
 * entry going ({@link #isContinuing()}, the {@code .. } prompt). Once the entry ends, all of its
 * statements are handed out together (so {@code a = 1; b = 2;} yields two), but only when all of
 * it parses: as in the original, which parses its input before it runs any, a syntax error
 * anywhere in the entry ({@code x = 1; y = ;}) runs none of it. Line and column numbers count
 * from the first line of the entry.
 */
final class LineAssembler {
    /** What one line produced: statements to run, then possibly a syntax error to report. */
    record Assembled(List<Stmt> statements, SyntaxError error) {}

    private final StringBuilder entry = new StringBuilder();
    private int used;
    /** The entry's complete statements so far, run once the whole entry has parsed. */
    private final List<Stmt> parsed = new ArrayList<>();

    Assembled add(String line) {
        entry.append(line).append('\n');
        StatementSplitter.Split split = StatementSplitter.split(entry.toString(), used, null);
        used = split.end();
        parsed.addAll(split.statements());
        if (split.incomplete()) {
            return new Assembled(List.of(), null);
        }
        List<Stmt> unit = split.complete() ? List.copyOf(parsed) : List.of();
        clear();
        return new Assembled(unit, split.error());
    }

    /** True while the entry holds the start of a statement that is not finished yet. */
    boolean isContinuing() {
        return used < entry.length();
    }

    /**
     * Input ended: the error for an unfinished statement, if one is pending (null otherwise).
     * The entry is cleared either way; none of it runs.
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
        parsed.clear();
    }
}
