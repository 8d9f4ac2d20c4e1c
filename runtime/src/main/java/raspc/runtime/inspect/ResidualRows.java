package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Objective;

/**
 * The residual stream of a model over samples, as rows a probe can fit: for a per-position model
 * (a matrix model: per entry) one row per scored position (BOS left out), for a readout model one row per sample, read where
 * the classifier reads. Rows come sample by sample in the samples' order.
 *
 * @param stages [stage][row][d]: stage 0 after the embedding, stage l + 1 after layer l
 * @param sampleOfRow the index (into the samples) of each row's sample
 * @param positionOfRow each row's task position (0 = the first token after BOS)
 */
record ResidualRows(double[][][] stages, int[] sampleOfRow, int[] positionOfRow) {

    static ResidualRows of(TrainedModel model, List<EncodedSample> samples) {
        return of(model, samples, null);
    }

    /**
     * As {@link #of(TrainedModel, List)}, a per-position model read only at the positions
     * {@code readAt} (of every sample; null: all of them), e.g. where a decoder writes its outputs.
     */
    static ResidualRows of(TrainedModel model, List<EncodedSample> samples, int[] readAt) {
        int stages = model.config().model().layers() + 1;
        int first = model.config().hasBos() ? 1 : 0;
        Objective objective = model.config().model().objective();
        boolean perPosition = switch (objective) {
            case Objective.PerPositionClassification p -> true;
            case Objective.NextTokenPrediction n -> true;
            case Objective.MaskedPositionRegression m -> true; // a matrix entry per position
            case Objective.ReadoutClassification r -> false;
            case Objective.ReadoutRegression r -> false;
        };
        List<List<double[]>> rows = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            rows.add(new ArrayList<>());
        }
        List<Integer> sampleOf = new ArrayList<>();
        List<Integer> positionOf = new ArrayList<>();
        int batchSize = model.config().train().batchSize();
        for (int from = 0; from < samples.size(); from += batchSize) {
            List<EncodedSample> group = samples.subList(from, Math.min(samples.size(), from + batchSize));
            try (NDManager m = model.manager().newSubManager()) {
                Batch batch = model.encoder().encode(m, group, false);
                ForwardHooks hooks = ForwardHooks.recording(Capture.RESIDUAL);
                model.model().run(model.store(), batch.tokens(), batch.lengths(), hooks);
                long length = batch.tokens().getShape().get(1);
                for (int s = 0; s < stages; s++) {
                    NDArray x = hooks.residual(s);
                    if (!perPosition) {
                        x = objective.features(x, batch.lengths(), (int) length); // [B, d]
                    }
                    float[] v = x.toFloatArray();
                    int d = (int) x.getShape().get(x.getShape().dimension() - 1);
                    for (int i = 0; i < group.size(); i++) {
                        int from2 = perPosition ? first : 0;
                        for (int p : readAt != null && perPosition ? readAt
                                : java.util.stream.IntStream.range(from2, perPosition ? group.get(i).size() : 1).toArray()) {
                            int at = (int) ((perPosition ? i * length + p : i) * d);
                            double[] row = new double[d];
                            for (int k = 0; k < d; k++) {
                                row[k] = v[at + k];
                            }
                            rows.get(s).add(row);
                            if (s == 0) {
                                sampleOf.add(from + i);
                                positionOf.add(p - from2);
                            }
                        }
                    }
                }
            }
        }
        double[][][] out = new double[stages][][];
        for (int s = 0; s < stages; s++) {
            out[s] = rows.get(s).toArray(new double[0][]);
        }
        return new ResidualRows(out, sampleOf.stream().mapToInt(Integer::intValue).toArray(),
                positionOf.stream().mapToInt(Integer::intValue).toArray());
    }

    int rows() {
        return sampleOfRow.length;
    }
}
