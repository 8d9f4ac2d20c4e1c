package raspc.runtime;

/**
 * A count and its noun for messages and picture labels: "1 head", "2 heads", "0 layers". One
 * place for the rule, so a single-head model is never printed as "1 heads".
 */
public final class Counts {
    private Counts() {
    }

    /** {@code count} and {@code noun} (singular, pluralised with a final "s"), e.g. of(3, "layer") = "3 layers". */
    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
