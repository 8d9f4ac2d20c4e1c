package raspc.compiler.bool;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;

/**
 * A declared Boolean function: {@code boolean NAME(n[, p2, ...]) = BODY;}. The first parameter
 * is the number of input bits; all parameters are ints. The body reads the bits as {@code x}.
 */
public record BooleanSpec(String name, List<String> params, Expr body, Pos pos) {
    public BooleanSpec {
        params = List.copyOf(params);
        if (params.isEmpty()) {
            throw new BoolSpecError(pos, "Boolean function '" + name + "' needs at least the parameter n (its number of input bits)");
        }
        Set<String> seen = new HashSet<>();
        for (String p : params) {
            if (p.equals("x")) {
                throw new BoolSpecError(pos, "'x' names the input bits and cannot be a parameter of '" + name + "'");
            }
            if (!seen.add(p)) {
                throw new BoolSpecError(pos, "parameter '" + p + "' of '" + name + "' is listed twice");
            }
        }
    }

    /** A spec from the text of its body (parsed as a RASP expression); for tests and defaults. */
    public static BooleanSpec parse(String name, List<String> params, String bodyText) {
        Stmt stmt = ProgramParser.parseEntry(bodyText + ";", null);
        if (!(stmt instanceof Stmt.ExprStmt e)) {
            throw new BoolSpecError(stmt.pos(), "the body of '" + name + "' must be an expression");
        }
        return new BooleanSpec(name, params, e.expr(), e.expr().pos());
    }

    /** The task name for these parameter values, e.g. {@code sparse_parity_40_4}. */
    public String taskName(List<Long> args) {
        StringBuilder sb = new StringBuilder(name);
        for (long a : args) {
            sb.append('_').append(a);
        }
        return sb.toString();
    }

    /** {@code name(n, k)}, for messages. */
    public String signature() {
        return name + "(" + String.join(", ", params) + ")";
    }
}
