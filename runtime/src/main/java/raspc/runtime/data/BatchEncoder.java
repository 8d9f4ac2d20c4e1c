package raspc.runtime.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pads samples into a {@link Batch}: one host-to-device copy per array, nothing per element.
 */
public final class BatchEncoder {
    private final int padId;
    private final boolean hasBos;
    private final TargetEncoder targets;
    private final List<HeadId> heads;

    /**
     * @param targets how the objective wants its targets (model.Objective)
     * @param heads the supervised heads whose patterns go into each batch
     */
    public BatchEncoder(int padId, boolean hasBos, TargetEncoder targets, List<HeadId> heads) {
        this.padId = padId;
        this.hasBos = hasBos;
        this.targets = targets;
        this.heads = List.copyOf(heads);
    }

    /** Encodes for training: attention targets but no selection masks. */
    public Batch encode(NDManager manager, List<EncodedSample> samples) {
        return encode(manager, samples, false);
    }

    public Batch encode(NDManager manager, List<EncodedSample> samples, boolean forEvaluation) {
        int b = samples.size();
        int t = samples.stream().mapToInt(EncodedSample::size).max().orElseThrow();
        long[] tokens = new long[b * t];
        long[] lengths = new long[b];
        float[] valid = new float[b * t];
        for (int i = 0; i < b; i++) {
            int[] in = samples.get(i).input();
            lengths[i] = in.length;
            for (int j = 0; j < t; j++) {
                tokens[i * t + j] = j < in.length ? in[j] : padId;
                valid[i * t + j] = j < in.length ? 1f : 0f;
            }
        }
        NDArray tokenArray = manager.create(tokens, new Shape(b, t));
        NDArray lengthArray = manager.create(lengths);
        NDArray validArray = manager.create(valid, new Shape(b, t));

        TargetEncoder.Targets encodedTargets = targets.encode(manager, samples, t, hasBos);

        Map<HeadId, NDArray> attentionTargets = new LinkedHashMap<>();
        Map<HeadId, NDArray> selections = new LinkedHashMap<>();
        Map<HeadId, NDArray> selectionRows = new LinkedHashMap<>();
        for (HeadId head : heads) {
            float[][] encoded = AttentionTargets.encode(samples, head, t, forEvaluation);
            attentionTargets.put(head, manager.create(encoded[0], new Shape(b, t, t)));
            if (forEvaluation) {
                selections.put(head, manager.create(encoded[1], new Shape(b, t, t)));
                selectionRows.put(head, manager.create(encoded[2], new Shape(b, t)));
            }
        }
        return new Batch(tokenArray, lengthArray, encodedTargets, validArray,
                attentionTargets, selections, selectionRows, List.copyOf(samples));
    }
}
