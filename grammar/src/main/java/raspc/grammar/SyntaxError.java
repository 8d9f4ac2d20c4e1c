package raspc.grammar;

/**
 * A syntax error with its location. {@link #getMessage()} reads {@code file:line:col: message}
 * (without the file part when the source has no name).
 */
public final class SyntaxError extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String detail;
    private final boolean incomplete;

    public SyntaxError(String source, int line, int column, String detail) {
        this(source, line, column, detail, false);
    }

    SyntaxError(String source, int line, int column, String detail, boolean incomplete) {
        super((source == null ? "" : source + ":") + line + ":" + column + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
        this.incomplete = incomplete;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its location. */
    public String detail() {
        return detail;
    }

    /** True when the input simply ended too early (the REPL then asks for more lines). */
    public boolean incomplete() {
        return incomplete;
    }
}
