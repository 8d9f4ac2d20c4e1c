package raspc.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.eval.Input;
import raspc.compiler.eval.Kind;
import raspc.compiler.eval.PyFormat;
import raspc.compiler.eval.Sel;
import raspc.compiler.eval.Seq;
import raspc.compiler.graph.Node;

/** The stable machine interface of {@code raspc eval}: one JSON object per input line. */
public final class MachineEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MachineEval() {}

    /**
     * Evaluates the s-op or selector called {@code name} on each input, read as {@link InputText}:
     * a JSON array of atoms, or a string of tokens (one per code point).
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
            Input input = Input.of(InputText.value(text));
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
                        default -> addFloat(arr, seq.num(i));
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

    /**
     * A float as Python's json.dumps writes it (its repr: {@code 1e+16}, not Jackson's {@code 1.0E16});
     * infinities and NaN, which JSON cannot hold, stay Jackson's quoted strings.
     */
    private static void addFloat(ArrayNode arr, double v) {
        if (Double.isFinite(v)) {
            arr.addRawValue(new RawValue(PyFormat.floatRepr(v)));
        } else {
            arr.add(v);
        }
    }
}
