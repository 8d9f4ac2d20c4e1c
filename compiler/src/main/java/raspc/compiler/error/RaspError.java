package raspc.compiler.error;

import raspc.grammar.ast.Pos;

/**
 * A user error (bad program, bad value, failed evaluation). {@link #getMessage()} reads
 * {@code [source:]line:col: text}; without a known location it is just the text.
 */
public class RaspError extends RuntimeException {
    private final transient Pos pos;
    private final String source;
    private final String detail;
    private final String context;

    public RaspError(String detail) {
        this(null, null, detail);
    }

    public RaspError(String source, Pos pos, String detail) {
        this(source, pos, detail, null);
    }

    private RaspError(String source, Pos pos, String detail, String context) {
        super(format(source, pos, detail) + (context == null ? "" : " (" + context + ")"));
        this.source = source;
        this.pos = pos;
        this.detail = detail;
        this.context = context;
    }

    private static String format(String source, Pos pos, String detail) {
        if (pos == null || pos.line() <= 0) {
            return source == null ? detail : source + ": " + detail;
        }
        return (source == null ? "" : source + ":") + pos.line() + ":" + pos.column() + ": " + detail;
    }

    /**
     * This error with what else says where it happened besides the position, shown after the
     * message: {@code on the s-op example "hello"} for a statement's trial run, since another
     * example may be all the user needs.
     */
    public RaspError in(String where) {
        return new RaspError(source, pos, detail, where);
    }

    /** What {@link #in} added; null when nothing was. */
    public String context() {
        return context;
    }

    /** Where the error happened; null when unknown. */
    public Pos pos() {
        return pos;
    }

    /** The file the error happened in; null for the REPL. */
    public String source() {
        return source;
    }

    /** The message without its location. */
    public String detail() {
        return detail;
    }

    /** True when the error already carries a location. */
    public boolean located() {
        return pos != null && pos.line() > 0;
    }

    /** This error with a location attached (kept when it already has one). */
    public RaspError at(String source, Pos pos) {
        return located() ? this : new RaspError(source, pos, detail, context);
    }
}
