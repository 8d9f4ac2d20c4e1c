package raspc.compiler.interp;

import raspc.compiler.value.Function;
import java.util.List;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Stmt;

/** A {@code def}: body and return expressions, closing over the environment that defined it. */
public record UserFunction(String name, List<String> params, List<Stmt> body, List<Expr> returns,
                           Env closure, String creator, String source) implements Function {
    @Override
    public String toString() {
        return describe();
    }
}
