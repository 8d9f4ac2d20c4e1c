package raspc.repl;

import java.util.Arrays;
import java.util.List;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.CompositionVocabulary;

/** What {@code raspc peep} prints for a composition variant. */
final class CompositionPeep {
    private static final String RULE = "=================";

    private CompositionPeep() {}

    /**
     * A few documents: per document its composition (seen or not in training), the prompt, the
     * continuation the model must generate, and the ids; the separator shows as {@code _}.
     */
    static String format(CompositionTask task, List<CompositionDocument> docs) {
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
            out.append("ids     ").append(Arrays.toString(d.ids())).append('\n');
        }
        out.append(RULE).append('\n');
        return out.toString();
    }
}
