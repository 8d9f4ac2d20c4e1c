package raspc.compiler.graph;

import java.util.List;

/** The input, converted elementwise: tokens_str, tokens_int, tokens_float, tokens_bool, tokens_asis. */
public final class Tokens extends SopBase implements SopNode {
    public enum Conversion { STR, INT, FLOAT, BOOL, ASIS }

    private final Conversion conversion;

    public Tokens(Conversion conversion) {
        super("tokens_" + conversion.name().toLowerCase());
        this.conversion = conversion;
    }

    public Conversion conversion() {
        return conversion;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
