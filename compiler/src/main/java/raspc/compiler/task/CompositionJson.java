package raspc.compiler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A composition document as the dataset writes it: one JSON object per line, with the
 * composition id of every document.
 */
public final class CompositionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CompositionJson() {}

    /**
     * {@code {"composition":"T0_1 T1_0 ...","ids":[32,11,...],"tokens":["S","T0_1",...],
     * "prompt_length":14,"answer_length":6,"seen":true}}; {@code ids} use the reference's dictionary.
     */
    public static String jsonLine(CompositionTask task, CompositionDocument doc) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("composition", doc.composition().id());
        ArrayNode ids = o.putArray("ids");
        for (int id : doc.ids()) {
            ids.add(id);
        }
        ArrayNode tokens = o.putArray("tokens");
        task.tokens(doc.ids()).forEach(tokens::add);
        o.put("prompt_length", doc.promptLength());
        o.put("answer_length", doc.answerLength());
        o.put("seen", task.isSeen(doc.composition()));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
