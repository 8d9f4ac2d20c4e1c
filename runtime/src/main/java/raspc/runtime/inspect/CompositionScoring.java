package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.Evaluator;

/**
 * How the inspections score a composition run through a pass: teacher forced on its evaluation
 * documents, on the answer alone (the prompt's tokens are random and no model can predict them):
 * the cross-entropy and token accuracy of the answer, whole answers right, and the token accuracy
 * of every output the model writes (f0 .. the answer step by step), the figures of the
 * composition study's ablation.
 */
final class CompositionScoring {
    /**
     * Documents per forward pass. A mean ablation averages its pattern over the pass's documents,
     * so a pass mixes many compositions (the composition study's batch).
     */
    static final int BATCH = 256;

    private CompositionScoring() {}

    static AblationReport.Figures of(CompositionTask task, InspectedRun run, List<EncodedSample> samples,
            Evaluator.Pass pass) {
        // every document of a task has one layout, so one of them says where each output is written
        CompositionDocument layout = CompositionSteps.document(task, samples.get(0));
        int steps = CompositionSteps.count(task);
        int[][] positions = new int[steps][];
        for (int s = 0; s < steps; s++) {
            positions[s] = CompositionSteps.predicting(task, layout, s);
        }
        int[] answer = positions[steps - 1];
        double loss = 0;
        double answerRight = 0;
        double wholeRight = 0;
        double[] stepRight = new double[steps];
        for (int from = 0; from < samples.size(); from += BATCH) {
            List<EncodedSample> group = samples.subList(from, Math.min(samples.size(), from + BATCH));
            try (NDManager m = run.model().manager().newSubManager()) {
                Batch batch = run.model().encoder().encode(m, group, false);
                NDArray logits = pass.run(batch).logits(); // [B, T, V]
                long length = logits.getShape().get(1);
                int vocab = (int) logits.getShape().get(2);
                float[] logp = logits.logSoftmax(-1).toFloatArray();
                long[] predicted = logits.argMax(-1).toLongArray();
                for (int i = 0; i < group.size(); i++) {
                    int[] target = group.get(i).target();
                    double nll = 0;
                    int right = 0;
                    for (int p : answer) {
                        nll -= logp[(int) ((i * length + p) * vocab + target[p])];
                        right += predicted[(int) (i * length + p)] == target[p] ? 1 : 0;
                    }
                    loss += nll / answer.length;
                    answerRight += (double) right / answer.length;
                    wholeRight += right == answer.length ? 1 : 0;
                    for (int s = 0; s < steps; s++) {
                        int r = 0;
                        for (int p : positions[s]) {
                            r += predicted[(int) (i * length + p)] == target[p] ? 1 : 0;
                        }
                        stepRight[s] += (double) r / positions[s].length;
                    }
                }
            }
        }
        int n = samples.size();
        Map<String, Double> byStep = new LinkedHashMap<>();
        List<String> names = CompositionSteps.names(task);
        for (int s = 0; s < steps; s++) {
            byStep.put(names.get(s), stepRight[s] / n);
        }
        return AblationReport.Figures.ofAnswers(loss / n, answerRight / n, wholeRight / n, byStep);
    }
}
