package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.task.CompositionVocabulary;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.Evaluator;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.Objective;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.TransformerModel;

/**
 * {@code raspc embeddings}: the token and position embeddings of a run (norms and 2-D PCA), and
 * the accuracy when the positions are shuffled (a composition or scratchpad parity run: of its
 * answer tokens, teacher forced; for a matrix run: the masked-entry MSE when
 * they are relabelled by rows and columns, and when they are scrambled). The position vectors are read off the residual
 * stream after the embedding (minus the token's own vector), so sinusoidal, learned and
 * concatenated positions are treated alike, and the shuffle is a change of that stage through
 * the hooks, not of the weights.
 */
public final class EmbeddingInspector {
    private EmbeddingInspector() {}

    public static EmbeddingReport inspect(InspectedRun run, List<EncodedSample> samples, long seed) {
        return switch (run.data()) {
            case RunData.Labelled l -> sequences(run, l.data().inputVocab(), null, positionIndices(run), samples, seed);
            case RunData.Matrices m -> matrix(run, m.data(), samples, seed);
            case RunData.Compositions c -> sequences(run, compositionTokens(c), tokenKinds(c),
                    CompositionSteps.positionRoles(c.task()).subList(0, c.data().maxLength()), samples, seed);
            case RunData.Scratchpads p -> sequences(run, p.data().inputVocab(), null, ScratchpadPositions.roles(p.task()),
                    samples, seed);
        };
    }

    /**
     * A matrix run: the value tokens' embeddings coloured by value (MASK grey), the learned
     * position vectors labelled row,column and coloured by row, and the masked-entry MSE with the
     * positions relabelled by rows and columns and with them scrambled ({@link PositionPermutation}).
     */
    private static EmbeddingReport matrix(InspectedRun run, MatrixTaskData data, List<EncodedSample> samples, long seed) {
        TransformerModel model = run.model().model();
        if (model.config().positions() != PositionEncoding.LEARNED) {
            throw new IllegalStateException("a matrix model learns its positions, this one has "
                    + model.config().positions());
        }
        Objective.MaskedPositionRegression objective = MaskedErrors.objectiveOf(run);
        List<String> vocab = data.inputVocab();
        double[] values = new double[vocab.size()];
        for (int id = 0; id < values.length; id++) {
            values[id] = id == objective.maskId() ? Double.NaN : objective.value(id);
        }
        int n = data.task().n();
        double[][] allPositions = toRows(parameter(model, TransformerModel.POSITION_EMBEDDING).getArray());
        double[][] positions = java.util.Arrays.copyOf(allPositions, n * n);
        List<String> labels = new ArrayList<>();
        double[] rows = new double[n * n];
        for (int e = 0; e < n * n; e++) {
            labels.add(e / n + "," + e % n);
            rows[e] = e / n;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Evaluator.Pass intact = Scoring.intact(run);
        return new EmbeddingReport(data.name(), run.runId(), "learned", EmbeddingReport.Table.of(vocab, tokenTable(model), values),
                EmbeddingReport.Table.of(labels, positions, rows), samples.size(), Scoring.of(run, samples, intact),
                Scoring.of(run, PositionPermutation.all(samples, random), intact),
                Scoring.of(run, PositionPermutation.rowsAndColumns(samples, n, random), intact), seed);
    }

    /** A sequence or Boolean run's positions: their indices, BOS at 0 where the task has it. */
    private static List<String> positionIndices(InspectedRun run) {
        int positions = run.data().data().maxLength() + (run.config().hasBos() ? 1 : 0);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < positions; p++) {
            out.add(String.valueOf(p));
        }
        return out;
    }

    /** A composition run's tokens as the prompts write them (the separator as _). */
    private static List<String> compositionTokens(RunData.Compositions c) {
        return c.data().inputVocab().stream().map(t -> t.equals(CompositionVocabulary.SEPARATOR) ? "_" : t).toList();
    }

    /** What colours a composition run's tokens: task tokens 1, data tokens 0, S, the separator and padding none. */
    private static double[] tokenKinds(RunData.Compositions c) {
        List<String> vocab = c.data().inputVocab();
        double[] out = new double[vocab.size()];
        for (int id = 0; id < out.length; id++) {
            String t = vocab.get(id);
            out[id] = t.startsWith("T") ? 1 : t.startsWith("X") ? 0 : Double.NaN;
        }
        return out;
    }

    /**
     * A run read position by position (sequence, Boolean, composition, scratchpad parity): its token table
     * ({@code tokenColours} null or one colour per token), its position vectors labelled
     * {@code positionLabels}, and its figures ({@link Scoring}) intact and with shuffled positions.
     */
    private static EmbeddingReport sequences(InspectedRun run, List<String> vocab, double[] tokenColours,
            List<String> positionLabels, List<EncodedSample> samples, long seed) {
        TransformerModel model = run.model().model();
        ModelConfig config = model.config();
        double[][] tokens = tokenTable(model);
        double[][] table;
        try (NDManager m = run.model().manager().newSubManager()) {
            table = toRows(positionTable(run, m, positionLabels.size()));
        }
        SplittableRandom random = new SplittableRandom(seed);
        AblationReport.Figures intact = Scoring.of(run, samples, Scoring.intact(run));
        AblationReport.Figures shuffled = Scoring.of(run, samples, batch -> {
            long length = batch.tokens().getShape().get(1);
            NDArray permuted = shuffledStage0(run, batch.tokens(), batch.lengths(), (int) length, random);
            return model.run(run.model().store(), batch.tokens(), batch.lengths(),
                    ForwardHooks.intervening(List.of(new Intervention.SetResidual(0, permuted))));
        });
        return new EmbeddingReport(run.taskName(), run.runId(), config.positions().name().toLowerCase(java.util.Locale.ROOT),
                EmbeddingReport.Table.of(vocab, tokens, tokenColours), EmbeddingReport.Table.of(positionLabels, table),
                samples.size(), intact, shuffled, null, seed);
    }

    /** The residual after the embedding with the position part of every row's vectors permuted, [B, T, d]. */
    private static NDArray shuffledStage0(InspectedRun run, NDArray tokens, NDArray lengths, int length, SplittableRandom random) {
        TransformerModel model = run.model().model();
        NDManager m = tokens.getManager();
        NDArray positions = positionTable(run, m, length); // [T, dp]
        long[] order = new long[length];
        for (int i = 0; i < length; i++) {
            order[i] = i;
        }
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        NDArray permuted = positions.get(m.create(order)); // [T, dp]
        ForwardHooks hooks = ForwardHooks.recording(Capture.RESIDUAL);
        model.run(run.model().store(), tokens, lengths, hooks);
        NDArray x = hooks.residual(0);
        if (model.config().positions() == PositionEncoding.LEARNED_CONCAT) {
            int dt = model.config().tokenEmbeddingDim();
            NDArray own = x.get(":, :, :{}", dt);
            return NDArrays.concat(new NDList(own, permuted.expandDims(0).broadcast(new Shape(x.getShape().get(0), length,
                    permuted.getShape().get(1)))), 2);
        }
        return x.sub(positions.expandDims(0)).add(permuted.expandDims(0));
    }

    /** Position vectors [count, dp]: the stage-0 residual of a padding-token input minus that token's vector. */
    private static NDArray positionTable(InspectedRun run, NDManager m, int count) {
        TransformerModel model = run.model().model();
        ParameterStore store = run.model().store();
        int pad = run.config().padId();
        NDArray tokens = m.full(new Shape(1, count), pad, DataType.INT64);
        ForwardHooks hooks = ForwardHooks.recording(Capture.RESIDUAL);
        model.run(store, tokens, m.create(new long[] {count}), hooks);
        NDArray x = hooks.residual(0).get(0); // [T, d]
        if (model.config().positions() == PositionEncoding.LEARNED_CONCAT) {
            return x.get(":, {}:", model.config().tokenEmbeddingDim());
        }
        // sliced into the batch's manager: a slice of a parameter would otherwise belong to the model
        NDArray own = tokenParameter(model).getArray().get(m, new ai.djl.ndarray.index.NDIndex("{}", pad));
        return x.sub(own.expandDims(0));
    }

    private static double[][] tokenTable(TransformerModel model) {
        return toRows(tokenParameter(model).getArray());
    }

    private static Parameter tokenParameter(TransformerModel model) {
        return parameter(model, TransformerModel.TOKEN_EMBEDDING);
    }

    private static Parameter parameter(TransformerModel model, String name) {
        var all = model.getParameters();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getValue().getName().equals(name)) {
                return all.get(i).getValue();
            }
        }
        throw new IllegalStateException("the model has no " + name);
    }

    private static double[][] toRows(NDArray matrix) {
        float[] v = matrix.toFloatArray();
        int rows = (int) matrix.getShape().get(0);
        int cols = (int) matrix.getShape().get(1);
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                out[i][k] = v[i * cols + k];
            }
        }
        return out;
    }
}
