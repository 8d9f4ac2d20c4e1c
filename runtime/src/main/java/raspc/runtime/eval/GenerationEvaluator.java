package raspc.runtime.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.model.TransformerModel;

/**
 * Scores a causal model by generation, as the composition study does: each document's prompt
 * is continued greedily to the document's length and only its final answer tokens are compared
 * with the document: per-token accuracy, all-answer-tokens-right accuracy, and the teacher-forced
 * accuracy of the same tokens (the model reading the true document up to each one). Results
 * are per group (composition), with the accuracy of every generated position kept so that
 * intermediate steps can be scored too.
 */
public final class GenerationEvaluator {
    private final TransformerModel model;
    private final ParameterStore store;
    private final NDManager manager;
    private final int batchSize;

    public GenerationEvaluator(TransformerModel model, ParameterStore store, NDManager manager, int batchSize) {
        this.model = model;
        this.store = store;
        this.manager = manager;
        this.batchSize = Math.max(1, batchSize);
    }

    /** One group's figures. generatedAccuracy[i]: how often generated position promptLength + i was right. */
    public record GroupResult(String group, String bucket, boolean seen, int documents, double tokenAccuracy,
            double sequenceAccuracy, double teacherForcedAccuracy, double[] generatedAccuracy) {}

    /** What one document's generation got right. */
    record CaseScore(GenerationCase c, int answerRight, int teacherForcedRight, boolean[] generatedRight) {}

    /** Every group's results, in the order the groups first appear. */
    public List<GroupResult> evaluate(List<GenerationCase> cases, WorkProgress progress) {
        Map<String, List<CaseScore>> byGroup = new LinkedHashMap<>();
        for (List<GenerationCase> batch : batches(cases)) {
            for (CaseScore s : score(batch)) {
                byGroup.computeIfAbsent(s.c().group(), g -> new ArrayList<>()).add(s);
            }
            progress.advance(batch.size());
        }
        List<GroupResult> out = new ArrayList<>();
        byGroup.values().forEach(scores -> out.add(summarise(scores)));
        return out;
    }

    /** Generates and scores one batch of documents of one shape. */
    List<CaseScore> score(List<GenerationCase> batch) {
        GenerationCase first = batch.get(0);
        int length = first.tokens().length;
        int prompt = first.promptLength();
        long[] ids = new long[batch.size() * length];
        for (int i = 0; i < batch.size(); i++) {
            for (int j = 0; j < length; j++) {
                ids[i * length + j] = batch.get(i).tokens()[j];
            }
        }
        try (NDManager m = manager.newSubManager()) {
            NDArray documents = m.create(ids, new Shape(batch.size(), length));
            long[] generated = GreedyGeneration.generate(model, store, documents.get(":, :{}", prompt), length - prompt)
                    .toLongArray();
            NDArray read = documents.get(":, :{}", length - 1);
            NDArray lengths = m.full(new Shape(batch.size()), (float) (length - 1), DataType.INT64);
            long[] forced = model.run(store, read, lengths, false).logits().argMax(-1).toType(DataType.INT64, false)
                    .toLongArray();
            List<CaseScore> out = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                GenerationCase c = batch.get(i);
                int answerRight = 0;
                int forcedRight = 0;
                for (int a = length - c.answerLength(); a < length; a++) {
                    answerRight += generated[i * length + a] == c.tokens()[a] ? 1 : 0;
                    forcedRight += forced[i * (length - 1) + a - 1] == c.tokens()[a] ? 1 : 0; // logits at a-1 predict a
                }
                boolean[] right = new boolean[c.generatedLength()];
                for (int g = 0; g < right.length; g++) {
                    right[g] = generated[i * length + prompt + g] == c.tokens()[prompt + g];
                }
                out.add(new CaseScore(c, answerRight, forcedRight, right));
            }
            return out;
        }
    }

    private static GroupResult summarise(List<CaseScore> scores) {
        GenerationCase first = scores.get(0).c();
        double tokens = 0;
        double sequences = 0;
        double forced = 0;
        double[] positions = new double[first.generatedLength()];
        for (CaseScore s : scores) {
            tokens += s.answerRight();
            sequences += s.answerRight() == s.c().answerLength() ? 1 : 0;
            forced += s.teacherForcedRight();
            for (int g = 0; g < positions.length; g++) {
                positions[g] += s.generatedRight()[g] ? 1 : 0;
            }
        }
        int n = scores.size();
        for (int g = 0; g < positions.length; g++) {
            positions[g] /= n;
        }
        double answers = (double) n * first.answerLength();
        return new GroupResult(first.group(), first.bucket(), first.seen(), n, tokens / answers, sequences / n,
                forced / answers, positions);
    }

    /** Consecutive runs of same-shaped documents, cut at the batch size. */
    private List<List<GenerationCase>> batches(List<GenerationCase> cases) {
        List<List<GenerationCase>> out = new ArrayList<>();
        List<GenerationCase> current = new ArrayList<>();
        for (GenerationCase c : cases) {
            if (!current.isEmpty() && (current.size() == batchSize || !sameShape(current.get(0), c))) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean sameShape(GenerationCase a, GenerationCase b) {
        return a.tokens().length == b.tokens().length && a.promptLength() == b.promptLength()
                && a.answerLength() == b.answerLength();
    }
}
