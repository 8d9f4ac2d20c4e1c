package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.Evaluator;

/**
 * How the inspections score a decoder through a pass, teacher forced on its documents and on
 * their answer alone (a prompt's tokens are random and no model can predict them): the
 * cross-entropy and token accuracy of the answer, whole answers right, and the token accuracy of
 * every output the model writes apart. A composition run's outputs are f0 .. the answer step by
 * step (the figures of the composition study's ablation), its answer the last of them; a
 * scratchpad parity run's answer is every answer token, its outputs the prefix parities and the
 * final parity ({@link ScratchpadPositions}).
 */
final class AnswerScoring {
    /**
     * Documents per forward pass. A mean ablation averages its pattern over the pass's documents,
     * so a pass mixes many compositions (the composition study's batch).
     */
    static final int BATCH = 256;

    /**
     * The positions (p predicts p + 1) of the answer, and of each output by name; every document
     * of a task has one layout.
     */
    record Layout(int[] answer, Map<String, int[]> outputs) {}

    private AnswerScoring() {}

    /** A composition run's layout, read off any of its documents. */
    static Layout of(CompositionTask task, EncodedSample any) {
        CompositionDocument layout = CompositionSteps.document(task, any);
        int steps = CompositionSteps.count(task);
        List<String> names = CompositionSteps.names(task);
        Map<String, int[]> outputs = new LinkedHashMap<>();
        for (int s = 0; s < steps; s++) {
            outputs.put(names.get(s), CompositionSteps.predicting(task, layout, s));
        }
        return new Layout(CompositionSteps.predicting(task, layout, steps - 1), outputs);
    }

    /** A scratchpad parity run's layout. */
    static Layout of(ScratchpadTask task) {
        return new Layout(ScratchpadPositions.answer(task), ScratchpadPositions.outputs(task));
    }

    static AblationReport.Figures of(Layout layout, InspectedRun run, List<EncodedSample> samples, Evaluator.Pass pass) {
        int[] answer = layout.answer();
        List<int[]> outputs = List.copyOf(layout.outputs().values());
        double loss = 0;
        double answerRight = 0;
        double wholeRight = 0;
        double[] outputRight = new double[outputs.size()];
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
                    for (int s = 0; s < outputs.size(); s++) {
                        int r = 0;
                        for (int p : outputs.get(s)) {
                            r += predicted[(int) (i * length + p)] == target[p] ? 1 : 0;
                        }
                        outputRight[s] += (double) r / outputs.get(s).length;
                    }
                }
            }
        }
        int n = samples.size();
        Map<String, Double> byOutput = new LinkedHashMap<>();
        int s = 0;
        for (String name : layout.outputs().keySet()) {
            byOutput.put(name, outputRight[s++] / n);
        }
        return AblationReport.Figures.ofAnswers(loss / n, answerRight / n, wholeRight / n, byOutput);
    }
}
