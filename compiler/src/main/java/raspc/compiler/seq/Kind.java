package raspc.compiler.seq;

/** Per-element value kinds of sequences and atoms (Python's bool, int, float, str). */
public final class Kind {
    public static final byte BOOL = 0;
    public static final byte INT = 1;
    public static final byte FLOAT = 2;
    public static final byte STR = 3;

    private Kind() {}

    public static boolean isNumber(byte k) {
        return k != STR;
    }

    /** bool counts as int, as in Python. */
    public static boolean isIntegral(byte k) {
        return k == INT || k == BOOL;
    }

    /** Python's type name, for error messages. */
    public static String pyName(byte k) {
        return switch (k) {
            case BOOL -> "bool";
            case INT -> "int";
            case FLOAT -> "float";
            default -> "str";
        };
    }
}
