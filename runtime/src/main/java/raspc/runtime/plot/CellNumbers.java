package raspc.runtime.plot;

import java.util.Locale;

/**
 * Formats cell values with a fixed number of decimals. The compact form drops the leading zero
 * ("0.87" -> ".87", "-0.5" -> "-.5") so numbers still fit in small cells.
 */
final class CellNumbers {
    private final int decimals;
    private final boolean compact;

    CellNumbers(int decimals, boolean compact) {
        this.decimals = decimals;
        this.compact = compact;
    }

    /** The text for {@code v}, or "" for non-finite (masked) values, which are left blank. */
    String format(float v) {
        if (!Float.isFinite(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.startsWith("-") && s.substring(1).chars().allMatch(c -> c == '0' || c == '.')) {
            s = s.substring(1); // "-0.00" carries no information beyond "0.00"
        }
        if (compact) {
            if (s.startsWith("0.")) {
                s = s.substring(1);
            } else if (s.startsWith("-0.")) {
                s = "-" + s.substring(2);
            }
        }
        return s;
    }
}
