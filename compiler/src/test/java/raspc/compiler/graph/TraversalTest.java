package raspc.compiler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

class TraversalTest {
    /** x is shared by y, z and w: every walk must list it once, before all of its users. */
    private static Session program() {
        Session s = new Session();
        for (Stmt st : ProgramParser.parseProgram("x = tokens;\ny = x + \"a\";\nz = y + x;\nw = z + y;", "t")) {
            s.execute(st);
        }
        return s;
    }

    private static Node node(Session s, String name) {
        return ((Value.SopVal) s.get(name)).node();
    }

    @Test
    void postOrderVisitsChildrenFirstInTheirOrderEachOnce() {
        Session s = program();
        List<Node> order = Traversal.postOrder(node(s, "w"));
        assertEquals(Set.copyOf(order).size(), order.size(), "no node twice: " + order);
        for (int i = 0; i < order.size(); i++) {
            for (Node c : order.get(i).children()) {
                assertTrue(order.indexOf(c) >= 0 && order.indexOf(c) < i, c + " before " + order.get(i));
            }
        }
        assertEquals(node(s, "w"), order.get(order.size() - 1));
        // z's children come before y's other users: x, then y (via z's first child), then z, then w
        assertTrue(order.indexOf(node(s, "x")) < order.indexOf(node(s, "y")));
        assertTrue(order.indexOf(node(s, "y")) < order.indexOf(node(s, "z")));
    }

    @Test
    void topologicalOrderIsTheReachableNodesByIdAndKnownNodesAreNotEntered() {
        Session s = program();
        List<Node> topo = Traversal.topologicalOrder(node(s, "w"));
        assertEquals(new HashSet<>(Traversal.postOrder(node(s, "w"))), new HashSet<>(topo));
        for (int i = 1; i < topo.size(); i++) {
            assertTrue(topo.get(i - 1).id() < topo.get(i).id());
        }
        Node y = node(s, "y");
        List<Node> fresh = Traversal.postOrder(node(s, "w"), n -> n == y);
        assertTrue(!fresh.contains(y) && fresh.contains(node(s, "z")), "y is known: " + fresh);
        // x is still reached through z, which uses it directly
        assertTrue(fresh.contains(node(s, "x")));
        assertEquals(List.of(), Traversal.postOrder(y, n -> n == y));
    }
}
