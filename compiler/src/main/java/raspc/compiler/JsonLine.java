package raspc.compiler;

/**
 * One JSON object of {@code raspc eval}'s output, written straight into a StringBuilder. A tree
 * of Jackson nodes per input cost more than evaluating most programs; the text is the same as
 * Jackson's: the same escapes, doubles as {@link Double#toString}, NaN and infinities quoted.
 */
final class JsonLine {
    private final StringBuilder b = new StringBuilder(64);
    private boolean first = true;

    JsonLine() {
        b.append('{');
    }

    JsonLine field(String name) {
        b.append(first ? "" : ",");
        first = false;
        string(name);
        b.append(':');
        return this;
    }

    JsonLine string(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
        return this;
    }

    JsonLine raw(String text) {
        b.append(text);
        return this;
    }

    JsonLine number(long n) {
        b.append(n);
        return this;
    }

    JsonLine number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return string(Double.toString(d));
        }
        b.append(raspc.compiler.seq.PyFormat.floatRepr(d)); // Python's repr, as the REPL prints it
        return this;
    }

    /** Between the items of an array: a comma after all but the first. */
    JsonLine separator(int index) {
        if (index > 0) {
            b.append(',');
        }
        return this;
    }

    String end() {
        return b.append('}').toString();
    }
}
