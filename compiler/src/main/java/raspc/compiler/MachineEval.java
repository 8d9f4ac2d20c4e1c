package raspc.compiler;

import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.seq.Kind;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.Words;
import raspc.compiler.graph.Node;

/**
 * The stable machine interface of {@code raspc eval}: one JSON object per input line, its
 * output or, when that input fails, its error (the other inputs go on).
 */
public final class MachineEval {
    private MachineEval() {}

    /** The lines {@link #eval} writes, as a list. */
    public static List<String> evalLines(Session s, String name, List<String> inputs) {
        List<String> out = new ArrayList<>();
        eval(s, name, inputs, out::add);
        return out;
    }

    /**
     * Evaluates the s-op or selector called {@code name} on each input, read as {@link InputText}:
     * a JSON array of atoms, or a string of tokens (one per code point). Each input gives one
     * line: {@code {"input":..,"output":..,"type":..}}, or {@code {"input":..,"error":".."}}
     * when the input is not valid or the program fails on it. A name that is not an s-op or
     * selector fails the whole call (a RaspError).
     *
     * @return how many inputs failed
     */
    public static int eval(Session s, String name, List<String> inputs, Consumer<String> lines) {
        EvaluationOrder order = EvaluationOrder.of(node(s, name));
        int failed = 0;
        for (String text : inputs) {
            JsonLine line = new JsonLine().field("input").string(text);
            Object r;
            try {
                r = order.evaluate(Inputs.of(InputText.value(text)));
            } catch (RaspError e) {
                failed++;
                lines.accept(line.field("error").string(e.getMessage()).end());
                continue;
            }
            if (r instanceof Seq seq) {
                sequence(line.field("output"), seq).field("type").string(seq.type().label());
            } else {
                selector(line.field("output"), (Sel) r).field("type").string("selector");
            }
            lines.accept(line.end());
        }
        return failed;
    }

    private static Node node(Session s, String name) {
        Value v = s.get(name);
        if (v == null) {
            throw new RaspError("Undefined variable: " + name);
        }
        if (v instanceof Value.SopVal sv) {
            return sv.node();
        } else if (v instanceof Value.SelVal sv) {
            return sv.node();
        }
        throw new RaspError(name + " is a " + Value.typeName(v) + ", not an s-op or selector");
    }

    private static JsonLine sequence(JsonLine line, Seq seq) {
        line.raw("[");
        for (int i = 0; i < seq.length(); i++) {
            line.separator(i);
            switch (seq.kind(i)) {
                case Kind.STR -> line.string(seq.str(i));
                case Kind.BOOL -> line.raw(seq.word(i) != 0 ? "true" : "false");
                case Kind.INT -> line.number(seq.word(i)); // exact: JSON numbers have no size limit
                default -> line.number(Words.asFloat(seq.word(i)));
            }
        }
        return line.raw("]");
    }

    private static JsonLine selector(JsonLine line, Sel sel) {
        line.raw("[");
        for (int q = 0; q < sel.size(); q++) {
            line.separator(q).raw("[");
            for (int k = 0; k < sel.size(); k++) {
                line.separator(k).raw(sel.get(q, k) ? "1" : "0");
            }
            line.raw("]");
        }
        return line.raw("]");
    }
}
