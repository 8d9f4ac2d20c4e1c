package raspc.compiler;

import raspc.compiler.value.Value;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.error.RaspError;
import raspc.compiler.text.JsonSyntax;
import raspc.compiler.text.Tokenizer;

/**
 * An input sequence as typed on the command line ({@code raspc eval ... INPUT},
 * {@code draw-attention --sequence S}): text starting with '[' is a JSON array of ints, floats,
 * bools or strings, one token each, so tokens may be longer than one character; any other text
 * is a string, one token per code point.
 */
public final class InputText {
    // trailing tokens are an error: "[1] x" must not pass for [1]
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private InputText() {}

    /** The input as a RASP value: a list of atoms, or a string. */
    public static Value value(String text) {
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
                // exact at any size (longValue() would wrap past 64 bits); an s-op reports an int past them
                items.add(Value.Atom.ofInt(e.bigIntegerValue()));
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

    /** The input's tokens as text: Python's str() of each array item, or the string's code points. */
    public static List<String> tokens(String text) {
        if (!(value(text) instanceof Value.ListVal list)) {
            return Tokenizer.tokens(text);
        }
        List<String> out = new ArrayList<>(list.items().size());
        list.items().forEach(v -> out.add(Value.str(v)));
        return out;
    }
}
