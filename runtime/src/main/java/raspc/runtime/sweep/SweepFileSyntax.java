package raspc.runtime.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import raspc.compiler.text.JsonSyntax;

/**
 * A sweep file that does not parse, as {@code line:column: problem}. For YAML the place is
 * SnakeYAML's problem mark (Jackson's own location can point at the start of the enclosing
 * collection) and the problem is said without the snippets and carets of its message.
 */
final class SweepFileSyntax {
    private SweepFileSyntax() {}

    static String located(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                return yamlProblem(yaml);
            }
        }
        return JsonSyntax.located(e);
    }

    private static String yamlProblem(MarkedYAMLException e) {
        Mark at = e.getProblemMark();
        StringBuilder b = new StringBuilder().append(at.getLine() + 1).append(':').append(at.getColumn() + 1).append(": ")
                .append(e.getProblem() == null ? "not valid YAML" : e.getProblem().strip());
        if (e.getContext() != null) {
            Mark from = e.getContextMark();
            b.append(" (").append(e.getContext().strip());
            if (from != null) {
                b.append(" from line ").append(from.getLine() + 1).append(", column ").append(from.getColumn() + 1);
            }
            b.append(')');
        }
        return b.toString();
    }
}
