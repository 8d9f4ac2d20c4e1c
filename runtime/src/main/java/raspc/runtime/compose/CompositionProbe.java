package raspc.runtime.compose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.runtime.inspect.CompositionSteps;
import raspc.runtime.eval.GreedyGeneration;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;

/**
 * Looks inside a trained composition model: what it generates for one prompt, step by step
 * against the reference, and where its attention goes while it writes each step ("attention
 * selects the function"): the mass on the task token of the level being applied.
 */
public final class CompositionProbe {
    /** Documents per forward pass of the attention measurement. */
    private static final int BATCH = 256;

    private final TrainedModel trained;
    private final CompositionTask task;

    public CompositionProbe(TrainedModel trained, CompositionTask task) {
        this.trained = trained;
        this.task = task;
    }

    /** One output of a generated document against the reference's. */
    public record Step(String name, List<String> expected, List<String> generated) {
        public boolean right() {
            return expected.equals(generated);
        }
    }

    /** Generates from the prompt of composition {@code c} on input {@code x}; one step per written output. */
    public List<Step> generate(Composition c, int[] x) {
        CompositionDocument d = task.document(c, x);
        int length = d.ids().length;
        long[] generated;
        try (NDManager m = trained.manager().newSubManager()) {
            long[] prompt = Arrays.stream(Arrays.copyOf(d.ids(), d.promptLength())).asLongStream().toArray();
            generated = GreedyGeneration.generate(trained.model(), trained.store(),
                    m.create(prompt, new Shape(1, prompt.length)), length - d.promptLength()).toLongArray();
        }
        List<Step> out = new ArrayList<>();
        int n = d.answerLength();
        int outputs = task.format() == PromptFormat.STEP_BY_STEP ? c.levels() : 1;
        for (int s = 0; s < outputs; s++) {
            int from = d.promptLength() + s * (n + 1);
            int[] want = Arrays.copyOfRange(d.ids(), from, from + n);
            int[] got = Arrays.stream(Arrays.copyOfRange(generated, from, from + n)).mapToInt(v -> (int) v).toArray();
            String name = outputs == 1 ? "y" : "f" + s + " (" + c.slots().get(s).token() + ")";
            out.add(new Step(name, task.tokens(want), task.tokens(got)));
        }
        return out;
    }

    /**
     * Mean attention mass, per [layer][head][level], on the task token of slot {@code level}
     * (position 1 + level) from the queries that predict that level's output tokens (step by
     * step), or from those that predict the answer (direct); teacher-forced on {@code perComposition}
     * evaluation documents of each composition in {@code compositions}.
     */
    public double[][][] attentionOnTaskTokens(List<Composition> compositions, int perComposition) {
        if (!trained.config().model().architecture().attends()) {
            throw new RuntimeUserException("an LSTM has no attention to measure");
        }
        int layers = trained.config().model().layers();
        int heads = trained.config().model().heads();
        int levels = task.definition().levels();
        double[][][] mass = new double[layers][heads][levels];
        long documents = 0;
        for (List<CompositionDocument> batch : CompositionSteps.batches(task, compositions, perComposition, BATCH)) {
            accumulate(batch, mass);
            documents += batch.size();
        }
        for (double[][] layer : mass) {
            for (double[] head : layer) {
                for (int s = 0; s < levels; s++) {
                    head[s] /= documents;
                }
            }
        }
        return mass;
    }

    private void accumulate(List<CompositionDocument> docs, double[][][] mass) {
        CompositionDocument shape = docs.get(0);
        int length = shape.ids().length - 1; // the model reads the document but its last token
        try (NDManager m = trained.manager().newSubManager()) {
            NDArray tokens = m.create(CompositionSteps.read(docs), new Shape(docs.size(), length));
            NDArray lengths = m.full(new Shape(docs.size()), (float) length, DataType.INT64);
            ModelOutput out = trained.model().run(trained.store(), tokens, lengths, false);
            int levels = mass[0][0].length;
            for (int l = 0; l < mass.length; l++) {
                // [B, H, T, T] -> summed over the batch: [H, T, T]
                float[] summed = out.attention(l).sum(new int[] {0}).toFloatArray();
                for (int h = 0; h < mass[l].length; h++) {
                    for (int s = 0; s < levels; s++) {
                        int[] queries = queries(shape, s);
                        double total = 0;
                        for (int q : queries) {
                            total += summed[(h * length + q) * length + 1 + s];
                        }
                        mass[l][h][s] += total / queries.length;
                    }
                }
            }
        }
    }

    /** Positions whose outputs are the tokens of level {@code level}'s output (or of the answer, direct). */
    private int[] queries(CompositionDocument d, int level) {
        return CompositionSteps.predicting(task, d, task.format() == PromptFormat.STEP_BY_STEP ? level : 0);
    }
}
