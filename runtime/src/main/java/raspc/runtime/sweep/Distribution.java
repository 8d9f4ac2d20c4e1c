package raspc.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A train setting drawn at random instead of listed, written {@code lr: {log_uniform: [1e-4, 3e-3]}}
 * or {@code weight_decay: {uniform: [0, 0.3]}}: uniform in [low, high], or uniform in log space
 * (for settings that act multiplicatively, such as a learning rate).
 */
public record Distribution(String key, Kind kind, double low, double high) {

    /** How a value is drawn between the bounds. */
    public enum Kind {
        UNIFORM("uniform"), LOG_UNIFORM("log_uniform");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The settings that may be drawn: real-valued ones (an integer setting has too few values to draw from). */
    static final List<String> DRAWABLE = List.of("lr", "weight_decay", "convergence_mse");

    public Distribution {
        if (!(low < high)) {
            throw new IllegalArgumentException("train." + key + ": the low bound (" + low + ") must be below the high one ("
                    + high + ")");
        }
        if (kind == Kind.LOG_UNIFORM && low <= 0) {
            throw new IllegalArgumentException("train." + key + ": log_uniform needs bounds > 0, got " + low);
        }
    }

    /** Reads {@code {KIND: [low, high]}} for the setting {@code key}. */
    static Distribution parse(String key, JsonNode node) {
        String where = "train." + key;
        if (!DRAWABLE.contains(key)) {
            throw new IllegalArgumentException(where + ": only " + String.join(", ", DRAWABLE)
                    + " can be drawn at random; list the values of " + key + " instead");
        }
        if (node.size() != 1) {
            throw new IllegalArgumentException(where + ": a random draw is one of {uniform: [low, high]} or"
                    + " {log_uniform: [low, high]}");
        }
        String name = node.fieldNames().next();
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.word().equals(name)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException(where + ": unknown distribution '" + name + "' (known: uniform, log_uniform)");
        }
        JsonNode bounds = node.get(name);
        if (!bounds.isArray() || bounds.size() != 2) {
            throw new IllegalArgumentException(where + "." + name + ": expected two bounds [low, high]");
        }
        return new Distribution(key, kind, bound(bounds.get(0), where), bound(bounds.get(1), where));
    }

    private static double bound(JsonNode v, String where) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        try { // YAML reads 1e-3 as a string
            return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": bound '" + v.asText() + "' is not a number");
        }
    }

    /**
     * One value, rounded to 4 significant digits: tables and cell settings stay readable, and the
     * rounding is far below what separates two draws.
     */
    double draw(SplittableRandom random) {
        double u = random.nextDouble();
        double v = switch (kind) {
            case UNIFORM -> low + u * (high - low);
            case LOG_UNIFORM -> Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
        };
        return v == 0 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }
}
