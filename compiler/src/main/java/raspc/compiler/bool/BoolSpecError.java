package raspc.compiler.bool;

import raspc.grammar.ast.Pos;

/**
 * A mistake in a Boolean function spec (unsupported construct, type error, bad parameter,
 * index out of range, ...). The message reads {@code line:col: text}, the position being that
 * of the offending expression in the spec.
 */
public final class BoolSpecError extends RuntimeException {
    private final transient Pos pos;
    private final String detail;

    public BoolSpecError(Pos pos, String detail) {
        super((pos == null ? Pos.NONE : pos) + ": " + detail);
        this.pos = pos == null ? Pos.NONE : pos;
        this.detail = detail;
    }

    public Pos pos() {
        return pos;
    }

    /** The message without its position. */
    public String detail() {
        return detail;
    }
}
