package raspc.compiler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A scratchpad parity document as the dataset writes it: one JSON object per line. */
public final class ScratchpadJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScratchpadJson() {}

    /**
     * {@code {"ids":[1,0,1,1,0,1],"tokens":["1","0","1","1","0","1"],"prompt_length":3,
     * "answer_length":3,"parity":0}}: the input bits, then the answer tokens the decoder is
     * trained on (the prefix parities, or the parity alone); {@code parity} is the final answer.
     */
    public static String jsonLine(ScratchpadTask task, long x) {
        int[] document = task.document(x);
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode ids = o.putArray("ids");
        for (int id : document) {
            ids.add(id);
        }
        ArrayNode tokens = o.putArray("tokens");
        task.tokens(document).forEach(tokens::add);
        o.put("prompt_length", task.promptLength());
        o.put("answer_length", task.answerTokens());
        o.put("parity", document[document.length - 1]);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
