package raspc.compiler.plan;

import raspc.compiler.graph.Constant;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelAnd;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SelNot;
import raspc.compiler.graph.SelOr;
import raspc.compiler.graph.Select;

/** Human-readable text for plan nodes: the assigned name where there is one, else the expression. */
public final class NodeText {
    private NodeText() {}

    static String describeHead(SelNode selector) {
        if (selector == null) {
            return "select(1, 1, ==)  (every position: computes length)";
        }
        String expr = expression(selector);
        return isAssignedName(selector.name()) ? selector.name() + " = " + expr : expr;
    }

    /** The selector as a RASP expression over the names of its s-ops. */
    public static String expression(SelNode sel) {
        if (sel instanceof Select s) {
            return "select(" + ref(s.keys()) + ", " + ref(s.queries()) + ", " + s.op().symbol() + ")";
        }
        if (sel instanceof SelAnd a) {
            return operand(a.children().get(0)) + " and " + operand(a.children().get(1));
        }
        if (sel instanceof SelOr o) {
            return operand(o.children().get(0)) + " or " + operand(o.children().get(1));
        }
        if (sel instanceof SelNot x) {
            return "not " + operand(x.children().get(0));
        }
        return sel.name();
    }

    private static String operand(Node n) {
        SelNode s = (SelNode) n;
        if (isAssignedName(s.name())) {
            return s.name();
        }
        return s instanceof Select ? expression(s) : "(" + expression(s) + ")";
    }

    private static String ref(Node sop) {
        if (sop instanceof Constant c) {
            return c.value().toString();
        }
        return sop.name();
    }

    /** Descriptions made up by the evaluator contain blanks or brackets; variable names don't. */
    static boolean isAssignedName(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z_0-9]*");
    }
}
