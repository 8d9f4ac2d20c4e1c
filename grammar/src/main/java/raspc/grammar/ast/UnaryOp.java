package raspc.grammar.ast;

public enum UnaryOp {
    NOT("not"), NEG("-"), PLUS("+"), ROUND("round"), INDICATOR("indicator");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
