package raspc.compiler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Composition documents for people ({@code peep}) and for programs ({@code dataset}, one JSON
 * object per line with the composition id of every document).
 */
public final class CompositionText {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RULE = "=================";

    private CompositionText() {}

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

    /**
     * A few documents: per document its composition (seen or not in training), the prompt, the
     * continuation the model must generate, and the ids; the separator shows as {@code _}.
     */
    public static String peep(CompositionTask task, List<CompositionDocument> docs) {
        StringBuilder out = new StringBuilder();
        out.append(task.name()).append(": ").append(task.trainCompositions().size()).append(" training compositions of ")
                .append(task.definition().inOrderCount()).append(" in order, ").append(task.documentLength())
                .append("-token documents\n");
        for (CompositionDocument d : docs) {
            List<String> tokens = task.tokens(d.ids()).stream().map(t -> t.equals(CompositionVocabulary.SEPARATOR) ? "_" : t).toList();
            out.append(RULE).append('\n');
            out.append("composition ").append(d.composition().id()).append(task.isSeen(d.composition()) ? " (seen)" : " (unseen)")
                    .append('\n');
            out.append("prompt  ").append(String.join(" ", tokens.subList(0, d.promptLength()))).append('\n');
            out.append("target  ").append(String.join(" ", tokens.subList(d.promptLength(), tokens.size()))).append('\n');
            out.append("ids     ").append(java.util.Arrays.toString(d.ids())).append('\n');
        }
        out.append(RULE).append('\n');
        return out.toString();
    }
}
