package raspc.compiler;

import raspc.compiler.value.Value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.draw.FlowDrawer;
import raspc.compiler.draw.FlowDrawing;
import raspc.compiler.result.Output;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.seq.Input;
import raspc.compiler.eval.Trace;
import raspc.compiler.graph.Aggregate;
import raspc.compiler.graph.Length;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.Select;
import raspc.compiler.graph.SelectorWidth;
import raspc.compiler.graph.SopNode;

/** The graph API for later stages (native node kinds, traces), the machine interface and drawing. */
class GraphAndMachineTest {
    private final Session s = new Session();

    private SopNode sop(String name) {
        return ((Value.SopVal) s.get(name)).node();
    }

    @Test
    void nativeNodesAndTrace() {
        Statements.run(s, "hist = selector_width(select(tokens, tokens, ==));"
                + " reverse = aggregate(select(indices, length - indices - 1, ==), tokens);");
        SopNode hist = sop("hist");
        assertInstanceOf(SelectorWidth.class, hist);
        assertEquals("hist", hist.name());
        SopNode rev = sop("reverse");
        assertInstanceOf(Aggregate.class, rev);
        Trace t = EvaluationOrder.of(rev).trace(Input.of("abc"));
        List<Node> nodes = t.nodes();
        assertTrue(nodes.stream().anyMatch(n -> n instanceof Length));
        Select sel = (Select) ((Aggregate) rev).selector();
        boolean[][] m = t.sel(sel).toMatrix();
        assertTrue(m[0][2] && m[1][1] && m[2][0] && !m[0][0]);
        assertEquals("[c, b, a] (strings)", t.rootSeq().toString());
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.get(i - 1).id() < nodes.get(i).id(), "topological order by id");
        }
    }

    @Test
    void machineEval() {
        Statements.run(s, "reverse = aggregate(select(indices, length - indices - 1, ==), tokens); lt = select(indices, indices, <);"
                + " a = 3; set example [1, 2] half = tokens_asis / 2;");
        assertEquals(List.of("{\"input\":\"hello\",\"output\":[\"o\",\"l\",\"l\",\"e\",\"h\"],\"type\":\"strings\"}"),
                MachineEval.evalLines(s, "reverse", List.of("hello")));
        assertEquals("{\"input\":\"[1, 2.5]\",\"output\":[0.5,1.25],\"type\":\"floats\"}",
                MachineEval.evalLines(s, "half", List.of("[1, 2.5]")).get(0));
        // floats as Python's json.dumps([8.500839606406867e+16, 1.5e-05]) writes them (was 8.500839606406867E16)
        assertEquals("{\"input\":\"[1.7001679212813734e17, 3e-5]\",\"output\":[8.500839606406867e+16,1.5e-05],"
                        + "\"type\":\"floats\"}",
                MachineEval.evalLines(s, "half", List.of("[1.7001679212813734e17, 3e-5]")).get(0));
        assertEquals("{\"input\":\"ab\",\"output\":[[0,0],[1,0]],\"type\":\"selector\"}",
                MachineEval.evalLines(s, "lt", List.of("ab")).get(0));
        assertEquals("{\"input\":\"[3, 4]\",\"output\":[\"4\",\"3\"],\"type\":\"strings\"}",
                MachineEval.evalLines(s, "reverse", List.of("[3, 4]")).get(0));
        assertThrows(RaspError.class, () -> MachineEval.evalLines(s, "nothere", List.of("a")));
        assertThrows(RaspError.class, () -> MachineEval.evalLines(s, "a", List.of("a")));
    }

    @Test
    void aFailingInputGivesItsErrorAndTheOthersGoOn() {
        Statements.run(s, "set example [1, 2] half = tokens_int / 2; reverse = aggregate(select(indices, length - indices - 1, ==), tokens);");
        List<String> lines = new java.util.ArrayList<>();
        // before: the first failure threw, and no input of the call printed anything
        int failed = MachineEval.eval(s, "half", List.of("[2, 4]", "ab", "[1, [2]]", "[6]"), lines::add);
        assertEquals(2, failed);
        assertEquals(List.of("{\"input\":\"[2, 4]\",\"output\":[1.0,2.0],\"type\":\"floats\"}",
                "{\"input\":\"ab\",\"error\":\"invalid literal for int() with base 10: 'a'\"}",
                "{\"input\":\"[1, [2]]\",\"error\":\"bad input [1, [2]]: elements must be ints, floats, bools or strings\"}",
                "{\"input\":\"[6]\",\"output\":[3.0],\"type\":\"floats\"}"), lines);
        assertEquals(List.of("{\"input\":\"q\\\"\\\\\\n\",\"output\":[\"\\n\",\"\\\\\",\"\\\"\",\"q\"],\"type\":\"strings\"}"),
                MachineEval.evalLines(s, "reverse", List.of("q\"\\\n")), "escaped as JSON");
    }

    @Test
    void drawWritesDot(@TempDir Path dir) throws Exception {
        Session t = new Session(dir);
        List<Output> out = Statements.run(t, "reverse = aggregate(select(indices, length - indices - 1, ==), tokens);"
                + " draw(reverse, \"abc\");");
        FlowDrawing drawing = assertInstanceOf(Output.Drawn.class, out.get(1)).drawing();
        assertEquals(dir.resolve("reverse.dot"), drawing.dot());
        Value.SeqResult applied = assertInstanceOf(Value.SeqResult.class, assertInstanceOf(Output.Applied.class, out.get(2)).value());
        assertEquals("[c, b, a] (strings)", Value.str(applied));
        String dot = Files.readString(dir.resolve("reverse.dot"));
        assertTrue(dot.startsWith("digraph"));
        assertTrue(dot.contains("reverse\\n[c, b, a] (strings)"));
        assertTrue(dot.contains("shape=diamond"));
        FlowDrawing direct = FlowDrawer.write(((Value.SopVal) t.get("reverse")).node(), Input.of("xy"), dir.resolve("sub"));
        assertEquals(dir.resolve("sub/reverse.dot"), direct.dot());
        String drawn = Files.readString(dir.resolve("sub/reverse.dot"));
        assertEquals(FlowDrawer.toDot(((Value.SopVal) t.get("reverse")).node(), Input.of("xy")), drawn);
        assertTrue(drawn.contains("reverse\\n[y, x] (strings)"), drawn);
    }
}
