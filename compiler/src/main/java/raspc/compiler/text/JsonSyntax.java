package raspc.compiler.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;

/**
 * A JSON parse error in a user's words. Jackson's messages describe its own source objects
 * ({@code [Source: REDACTED ...]}) and character codes, and read like a stack trace to someone
 * who typed {@code [1, }}; this keeps what is wrong and where.
 */
public final class JsonSyntax {
    private static final String ANY_VALUE = "\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)";

    private JsonSyntax() {}

    /** What is wrong: {@code unexpected character '}': expected a value}. */
    public static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        m = m.lines().findFirst().orElse("");
        if (m.startsWith("Trailing token")) {
            return "unexpected text after the value";
        }
        m = m.replaceAll("\\s*\\((start marker|for \\w+ starting) at \\[Source.*$", "");
        m = m.replaceAll("\\('(.+?)' \\(code \\d+\\)\\)", "'$1'");
        m = m.replaceAll("(was expecting|expected a valid value) " + ANY_VALUE, "expected a value");
        m = m.replace("Unexpected end-of-input", "unexpected end of input")
                .replace("expected close marker for Array", "expected ']'")
                .replace("expected close marker for Object", "expected '}'");
        return m.isEmpty() ? "not valid JSON" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }

    /** The problem and its column, for one-line text such as a command-line argument. */
    public static String inLine(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return problem(e) + (at != null && at.getColumnNr() > 0 ? ", at column " + at.getColumnNr() : "");
    }

    /** {@code line:column: problem}, for a file (the caller puts its name in front). */
    public static String located(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return (at != null && at.getLineNr() > 0 ? at.getLineNr() + ":" + at.getColumnNr() + ": " : "") + problem(e);
    }
}
