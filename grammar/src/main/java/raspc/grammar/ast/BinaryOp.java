package raspc.grammar.ast;

public enum BinaryOp {
    POW("^"), MUL("*"), DIV("/"), MOD("%"), ADD("+"), SUB("-"),
    EQ("=="), NE("!="), LE("<="), GE(">="), GT(">"), LT("<"),
    AND("and"), OR("or");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static BinaryOp of(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator " + symbol);
    }
}
