package raspc.runtime.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.Batch;
import raspc.runtime.data.BatchEncoder;
import raspc.runtime.data.Batcher;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.model.TransformerModel;

/** Runs a model (inference mode) over samples and measures it against their targets. */
public final class Evaluator {
    private final TransformerModel model;
    private final ParameterStore store;
    private final NDManager manager;
    private final BatchEncoder encoder;
    private final TaskLoss loss;
    private final List<HeadId> heads;
    private final float attnWeight;
    private final boolean hasBos;
    private final int batchSize;

    public Evaluator(TransformerModel model, ParameterStore store, NDManager manager, BatchEncoder encoder, TaskLoss loss,
            List<HeadId> heads, float attnWeight, boolean hasBos, int batchSize) {
        this.model = model;
        this.store = store;
        this.manager = manager;
        this.encoder = encoder;
        this.loss = loss;
        this.heads = List.copyOf(heads);
        this.attnWeight = attnWeight;
        this.hasBos = hasBos;
        this.batchSize = batchSize;
    }

    /** Overall figures only (per-epoch validation). */
    public SplitMetrics metrics(List<EncodedSample> samples) {
        return evaluate(samples, false).metrics();
    }

    /** Overall figures, per length, and (when {@code detailed}) attention agreement per supervised head. */
    public Evaluation evaluate(List<EncodedSample> samples, boolean detailed) {
        return evaluate(samples, detailed, WorkProgress.NONE);
    }

    /** As {@link #evaluate(List, boolean)}, advancing {@code progress} by each batch's samples. */
    public Evaluation evaluate(List<EncodedSample> samples, boolean detailed, WorkProgress progress) {
        return evaluate(samples, detailed, progress, batch -> model.run(store, batch.tokens(), batch.lengths(), false));
    }

    /**
     * One forward pass over an encoded batch: the model's own, or one that changes a component on
     * the way ({@link raspc.runtime.model.ForwardHooks}), so that an ablation is scored exactly as
     * the report scores the model.
     */
    @FunctionalInterface
    public interface Pass {
        ModelOutput run(Batch batch);
    }

    /** Overall figures of the model run through {@code pass} (an analysis's intervention). */
    public SplitMetrics metrics(List<EncodedSample> samples, Pass pass) {
        return evaluate(samples, false, WorkProgress.NONE, pass).metrics();
    }

    private Evaluation evaluate(List<EncodedSample> samples, boolean detailed, WorkProgress progress, Pass pass) {
        if (samples.isEmpty()) {
            return new Evaluation(new SplitMetrics(Double.NaN, Double.NaN, Double.NaN, 0), List.of(), List.of());
        }
        Map<Integer, double[]> perLength = new TreeMap<>(); // length -> samples, scored, correct, sequences right
        double lossSum = 0;
        double attentionSum = 0;
        long scored = 0;
        double correct = 0;
        double sequencesRight = 0;
        double[][] agreement = new double[heads.size()][3]; // hits, mass, rows
        for (List<EncodedSample> group : Batcher.evaluationBatches(samples, batchSize)) {
            try (NDManager batchManager = manager.newSubManager()) {
                Batch batch = encoder.encode(batchManager, group, detailed);
                ModelOutput output = pass.run(batch);
                TaskLoss.Parts parts = loss.compute(output, batch);
                float[] seqLoss = parts.perSequence().toFloatArray();
                float[] seqCorrect = parts.correctPerSequence().toFloatArray();
                float[] seqRight = parts.sequenceCorrect().toFloatArray();
                attentionSum += parts.attention().getFloat() * group.size();
                for (int i = 0; i < group.size(); i++) {
                    EncodedSample s = group.get(i);
                    int scoredHere = scoredOutputs(s);
                    lossSum += seqLoss[i];
                    scored += scoredHere;
                    correct += seqCorrect[i];
                    sequencesRight += seqRight[i];
                    double[] row = perLength.computeIfAbsent(length(s), k -> new double[4]);
                    row[0]++;
                    row[1] += scoredHere;
                    row[2] += seqCorrect[i];
                    row[3] += seqRight[i];
                }
                if (detailed) {
                    accumulateAgreement(output, batch, agreement);
                }
            }
            progress.advance(group.size());
        }
        int n = samples.size();
        double meanLoss = lossSum / n + (heads.isEmpty() ? 0 : attnWeight * attentionSum / n);
        SplitMetrics metrics = new SplitMetrics(ratio(correct, scored), sequencesRight / n, meanLoss, n);
        List<LengthMetrics> byLength = new ArrayList<>();
        perLength.forEach((length, r) -> byLength.add(new LengthMetrics(length, (int) r[0], ratio(r[2], r[1]), r[3] / r[0])));
        List<HeadAgreement> heads = new ArrayList<>();
        if (detailed) {
            for (int h = 0; h < this.heads.size(); h++) {
                double[] a = agreement[h];
                HeadId id = this.heads.get(h);
                heads.add(new HeadAgreement(id.layer(), id.head(), ratio(a[0], a[2]), ratio(a[1], a[2]), (long) a[2]));
            }
        }
        return new Evaluation(metrics, byLength, heads);
    }

    private void accumulateAgreement(ModelOutput output, Batch batch, double[][] agreement) {
        for (int h = 0; h < heads.size(); h++) {
            HeadId head = heads.get(h);
            NDArray probabilities = output.attention(head.layer()).get(":, {}", head.head()); // [B, T, T]
            NDArray selected = batch.selections().get(head);
            NDArray rows = batch.selectionRows().get(head);
            NDArray argmax = probabilities.argMax(-1).expandDims(-1);
            agreement[h][0] += selected.gather(argmax, -1).squeeze(-1).mul(rows).sum().getFloat();
            agreement[h][1] += probabilities.mul(selected).sum(new int[] {2}).mul(rows).sum().getFloat();
            agreement[h][2] += rows.sum().getFloat();
        }
    }

    private int scoredOutputs(EncodedSample s) {
        return model.config().objective().scoredOutputs(s, hasBos);
    }

    private int length(EncodedSample s) {
        return s.size() - (hasBos ? 1 : 0);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
