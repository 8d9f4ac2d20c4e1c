package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.runtime.data.EncodedSample;

/**
 * The outputs a composition model writes after the prompt, as the analyses follow them: step
 * by step, one per level (f0(x), f1(f0(x)), ..., the last being the answer); direct, the answer
 * alone. Each is read from the logits of the positions just before its tokens. The inspection
 * toolkit and the composition study ({@code compose}) share it, so both read the same positions.
 */
public final class CompositionSteps {
    private CompositionSteps() {}

    /** How many outputs a document of {@code task} writes. */
    public static int count(CompositionTask task) {
        return task.format() == PromptFormat.STEP_BY_STEP ? task.definition().levels() : 1;
    }

    /** Their names: f0 .. f(L-1) step by step, y direct. */
    public static List<String> names(CompositionTask task) {
        int count = count(task);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            out.add(count == 1 ? "y" : "f" + s);
        }
        return out;
    }

    /** The positions whose logits predict the tokens of output {@code step} of {@code d} (p predicts p + 1). */
    public static int[] predicting(CompositionTask task, CompositionDocument d, int step) {
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
    public static List<List<CompositionDocument>> batches(CompositionTask task, List<Composition> compositions, int perComposition,
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
    public static long[] read(List<CompositionDocument> docs) {
        int length = docs.get(0).ids().length - 1;
        long[] ids = new long[docs.size() * length];
        for (int i = 0; i < docs.size(); i++) {
            for (int j = 0; j < length; j++) {
                ids[i * length + j] = docs.get(i).ids()[j];
            }
        }
        return ids;
    }

    /** The positions whose logits predict the answer (the last output) of {@code d}. */
    public static int[] answer(CompositionTask task, CompositionDocument d) {
        return predicting(task, d, count(task) - 1);
    }

    /** Where a position writes: output {@code step}'s token {@code index} (p predicts p + 1). */
    public record Written(int step, int index) {}

    /** What position {@code p} of {@code d} writes, or null where it writes no output token (the prompt, a separator). */
    public static Written writtenAt(CompositionTask task, CompositionDocument d, int p) {
        for (int s = 0; s < count(task); s++) {
            int[] positions = predicting(task, d, s);
            int index = p - positions[0];
            if (index >= 0 && index < positions.length) {
                return new Written(s, index);
            }
        }
        return null;
    }

    /**
     * The level whose function output {@code step} applies: its own step by step, the last
     * (the answer is f(L-1)'s output) direct.
     */
    public static int level(CompositionTask task, int step) {
        return count(task) == 1 ? task.definition().levels() - 1 : step;
    }

    /** Which evaluated compositions an inspection reads: all, or those seen (unseen) in training. */
    public enum Compositions {
        ALL, SEEN, UNSEEN;

        boolean takes(CompositionTask.EvalComposition e) {
            return this == ALL || e.seen() == (this == SEEN);
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Compositions parse(String text) {
            for (Compositions c : values()) {
                if (c.label().equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
                    return c;
                }
            }
            throw new raspc.runtime.RuntimeUserException("unknown set of compositions '" + text + "'; use all, seen or unseen");
        }
    }

    /**
     * The first {@code count} teacher-forced evaluation documents of the compositions {@code which}
     * takes: document 0 of every such composition, then document 1 of each, and so on (all of
     * them once when {@code count} is 0).
     */
    public static List<CompositionDocument> evaluationDocuments(CompositionTask task, int count, Compositions which) {
        List<Composition> compositions = task.evaluation().stream().filter(which::takes)
                .map(CompositionTask.EvalComposition::composition).toList();
        if (compositions.isEmpty()) {
            throw new raspc.runtime.RuntimeUserException(task.name() + " evaluates no " + which.label() + " compositions");
        }
        int total = count == 0 ? compositions.size() : count;
        List<CompositionDocument> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            out.add(task.evaluationDocument(compositions.get(i % compositions.size()), i / compositions.size()));
        }
        return out;
    }

    /** The document a teacher-forced sample (the document but its last token, the target but its first) was made of. */
    public static CompositionDocument document(CompositionTask task, EncodedSample s) {
        int levels = task.definition().levels();
        int[] ids = s.input();
        List<String> prompt = new ArrayList<>(task.tokens(Arrays.copyOfRange(ids, 1, 1 + levels)));
        prompt.addAll(task.tokens(Arrays.copyOfRange(ids, 2 + levels, 2 + levels + task.definition().inputLength())));
        CompositionTask.Prompt p = task.parsePrompt(String.join(" ", prompt));
        return task.document(p.composition(), p.input());
    }

    /**
     * What each position of a document holds, the same for every document of a task: S, the task
     * tokens T0.., a separator _, the input x0.., then each output's separator and tokens (f0[0]..
     * step by step, y[0].. direct).
     */
    public static List<String> positionRoles(CompositionTask task) {
        List<String> out = new ArrayList<>();
        out.add("S");
        for (int k = 0; k < task.definition().levels(); k++) {
            out.add("T" + k);
        }
        int n = task.definition().inputLength();
        List<String> outputs = new ArrayList<>(List.of("x"));
        outputs.addAll(names(task));
        for (String name : outputs) {
            out.add("_");
            for (int i = 0; i < n; i++) {
                out.add(name + "[" + i + "]");
            }
        }
        return out;
    }
}
