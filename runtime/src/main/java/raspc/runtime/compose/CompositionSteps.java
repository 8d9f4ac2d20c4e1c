package raspc.runtime.compose;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;

/**
 * The outputs a composition model writes after the prompt, as the analyses follow them: step
 * by step, one per level (f0(x), f1(f0(x)), ..., the last being the answer); direct, the answer
 * alone. Each is read from the logits of the positions just before its tokens.
 */
final class CompositionSteps {
    private CompositionSteps() {}

    /** How many outputs a document of {@code task} writes. */
    static int count(CompositionTask task) {
        return task.format() == PromptFormat.STEP_BY_STEP ? task.definition().levels() : 1;
    }

    /** Their names: f0 .. f(L-1) step by step, y direct. */
    static List<String> names(CompositionTask task) {
        int count = count(task);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            out.add(count == 1 ? "y" : "f" + s);
        }
        return out;
    }

    /** The positions whose logits predict the tokens of output {@code step} of {@code d} (p predicts p + 1). */
    static int[] predicting(CompositionTask task, CompositionDocument d, int step) {
        int n = d.answerLength();
        int from = task.format() == PromptFormat.STEP_BY_STEP ? d.promptLength() + step * (n + 1) : d.answerStart();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = from + i - 1;
        }
        return out;
    }

    /**
     * Evaluation documents 0 .. perComposition - 1 of every composition, in batches of at most
     * {@code size} (all documents of a task have one length, so any of them batch together).
     */
    static List<List<CompositionDocument>> batches(CompositionTask task, List<Composition> compositions, int perComposition,
            int size) {
        List<List<CompositionDocument>> out = new ArrayList<>();
        List<CompositionDocument> current = new ArrayList<>();
        for (Composition c : compositions) {
            for (int j = 0; j < perComposition; j++) {
                current.add(task.evaluationDocument(c, j));
                if (current.size() == size) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Token ids of documents without their last token (what the model reads teacher-forced), row after row. */
    static long[] read(List<CompositionDocument> docs) {
        int length = docs.get(0).ids().length - 1;
        long[] ids = new long[docs.size() * length];
        for (int i = 0; i < docs.size(); i++) {
            for (int j = 0; j < length; j++) {
                ids[i * length + j] = docs.get(i).ids()[j];
            }
        }
        return ids;
    }
}
