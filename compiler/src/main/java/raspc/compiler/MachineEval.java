package raspc.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.eval.Input;
import raspc.compiler.eval.Kind;
import raspc.compiler.eval.Sel;
import raspc.compiler.eval.Seq;
import raspc.compiler.graph.Node;
import raspc.compiler.text.JsonSyntax;

/** The stable machine interface of {@code raspc eval}: one JSON object per input line. */
public final class MachineEval {
    // trailing tokens are an error: "[1] x" must not pass for [1]
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private MachineEval() {}

    /**
     * Evaluates the s-op or selector called {@code name} on each input. An input starting with
     * '[' is a JSON array of ints/floats/bools/strings; anything else is a string of tokens.
     */
    public static List<String> evalLines(Session s, String name, List<String> inputs) {
        Value v = s.get(name);
        if (v == null) {
            throw new RaspError("Undefined variable: " + name);
        }
        Node node;
        if (v instanceof Value.SopVal sv) {
            node = sv.node();
        } else if (v instanceof Value.SelVal sv) {
            node = sv.node();
        } else {
            throw new RaspError(name + " is a " + Value.typeName(v) + ", not an s-op or selector");
        }
        EvaluationOrder order = EvaluationOrder.of(node);
        List<String> out = new ArrayList<>();
        for (String text : inputs) {
            Input input = Input.of(parse(text));
            Object r = order.evaluate(input);
            ObjectNode line = JSON.createObjectNode();
            line.put("input", text);
            if (r instanceof Seq seq) {
                ArrayNode arr = line.putArray("output");
                for (int i = 0; i < seq.length(); i++) {
                    switch (seq.kind(i)) {
                        case Kind.STR -> arr.add(seq.str(i));
                        case Kind.BOOL -> arr.add(seq.num(i) != 0);
                        case Kind.INT -> arr.add((long) seq.num(i));
                        default -> arr.add(seq.num(i));
                    }
                }
                line.put("type", seq.type().label());
            } else {
                Sel sel = (Sel) r;
                ArrayNode rows = line.putArray("output");
                for (int q = 0; q < sel.size(); q++) {
                    ArrayNode row = rows.addArray();
                    for (int k = 0; k < sel.size(); k++) {
                        row.add(sel.get(q, k) ? 1 : 0);
                    }
                }
                line.put("type", "selector");
            }
            try {
                out.add(JSON.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** A JSON array of atoms, or a plain string. */
    static Value parse(String text) {
        if (!text.startsWith("[")) {
            return Value.Atom.ofStr(text);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RaspError("bad input " + text + ": not a JSON array (" + JsonSyntax.inLine(e) + ")");
        }
        if (node == null || !node.isArray()) {
            throw new RaspError("bad input " + text + ": not a JSON array");
        }
        List<Value> items = new ArrayList<>();
        for (JsonNode e : node) {
            if (e.isBoolean()) {
                items.add(Value.Atom.ofBool(e.booleanValue()));
            } else if (e.isIntegralNumber()) {
                items.add(Value.Atom.ofInt(e.longValue()));
            } else if (e.isNumber()) {
                items.add(Value.Atom.ofFloat(e.doubleValue()));
            } else if (e.isTextual()) {
                items.add(Value.Atom.ofStr(e.textValue()));
            } else {
                throw new RaspError("bad input " + text + ": elements must be ints, floats, bools or strings");
            }
        }
        return new Value.ListVal(items);
    }
}
