package raspc.grammar.ast;

/** The comparison of a {@code select}: applied as {@code op(key, query)}. */
public enum Comparison {
    EQ("=="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison " + symbol);
    }
}
