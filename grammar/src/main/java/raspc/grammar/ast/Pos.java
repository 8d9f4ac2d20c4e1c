package raspc.grammar.ast;

/** A source position: 1-based line, 1-based column. */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
