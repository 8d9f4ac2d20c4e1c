package raspc.compiler.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A masked matrix as the dataset writes it, one JSON object per line:
 * {@code {"n":3,"matrix":[[0.12,-1.5,0.3],...],"observed":[[1,0,1],...],"input":[..ids],"target":[..ids]}}.
 * {@code matrix} holds every true entry (the target of the masked ones too); {@code input} and
 * {@code target} are the token ids the model reads and is scored against.
 */
public final class MatrixJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatrixJson() {}

    public static String jsonLine(MaskedMatrix m, MatrixValues values) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("n", m.n());
        ArrayNode rows = o.putArray("matrix");
        ArrayNode observed = o.putArray("observed");
        for (int r = 0; r < m.n(); r++) {
            ArrayNode row = rows.addArray();
            ArrayNode seen = observed.addArray();
            for (int c = 0; c < m.n(); c++) {
                row.add(m.value(r, c));
                seen.add(m.isObserved(r, c) ? 1 : 0);
            }
        }
        ArrayNode input = o.putArray("input");
        for (int id : m.inputIds(values)) {
            input.add(id);
        }
        ArrayNode target = o.putArray("target");
        for (int id : m.targetIds(values)) {
            target.add(id);
        }
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
