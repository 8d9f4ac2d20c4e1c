package raspc.compiler.result;

import java.util.List;
import java.util.function.Function;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.graph.Node;

/**
 * What one committed statement produced, with what a renderer needs to show it as the original
 * does: the display settings after the statement, the s-op example's evaluator (results already
 * computed when the statement tried its s-ops on it) and the session's names of graph nodes.
 */
public record StatementResult(List<Output> outputs, DisplaySettings display, GraphEvaluator onSequenceExample,
        Function<Node, String> names) {
    public StatementResult {
        outputs = List.copyOf(outputs);
    }
}
