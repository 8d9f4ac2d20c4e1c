package raspc.compiler.interp;

import raspc.compiler.graph.Indices;
import raspc.compiler.graph.Length;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.Tokens;

/** The built-in s-ops, shared by all sessions (they are never renamed). */
public final class Builtins {
    public static final Tokens TOKENS_STR = new Tokens(Tokens.Conversion.STR);
    public static final Tokens TOKENS_INT = new Tokens(Tokens.Conversion.INT);
    public static final Tokens TOKENS_FLOAT = new Tokens(Tokens.Conversion.FLOAT);
    public static final Tokens TOKENS_BOOL = new Tokens(Tokens.Conversion.BOOL);
    public static final Tokens TOKENS_ASIS = new Tokens(Tokens.Conversion.ASIS);
    public static final Indices INDICES = new Indices();
    public static final Length LENGTH = new Length();

    private Builtins() {}

    public static boolean isBuiltin(Node n) {
        return n == TOKENS_STR || n == TOKENS_INT || n == TOKENS_FLOAT || n == TOKENS_BOOL || n == TOKENS_ASIS
                || n == INDICES || n == LENGTH;
    }
}
