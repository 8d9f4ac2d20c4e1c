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
    private final OutputKind output;
    private final boolean scalarTargets;
    private final List<HeadId> heads;

    /**
     * @param scalarTargets targets as 0/1 floats (MSE readout) rather than class ids
     * @param heads the supervised heads whose patterns go into each batch
     */
    public BatchEncoder(int padId, boolean hasBos, OutputKind output, boolean scalarTargets, List<HeadId> heads) {
        this.padId = padId;
        this.hasBos = hasBos;
        this.output = output;
        this.scalarTargets = scalarTargets;
        this.heads = List.copyOf(heads);
    }

    /** Encodes for training: attention targets but no selection masks. */
    public Batch encode(NDManager manager, List<Sample> samples) {
        return encode(manager, samples, false);
    }

    public Batch encode(NDManager manager, List<Sample> samples, boolean forEvaluation) {
        int b = samples.size();
        int t = samples.stream().mapToInt(Sample::size).max().orElseThrow();
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

        NDArray targets;
        NDArray scored = null;
        NDArray scoredCounts = null;
        if (output == OutputKind.PER_POSITION) {
            long[] target = new long[b * t];
            float[] mask = new float[b * t];
            float[] counts = new float[b];
            int first = hasBos ? 1 : 0;
            for (int i = 0; i < b; i++) {
                Sample s = samples.get(i);
                checkTargetLength(s, s.size());
                for (int j = 0; j < s.size(); j++) {
                    target[i * t + j] = s.target()[j];
                    if (j >= first) {
                        mask[i * t + j] = 1f;
                        counts[i]++;
                    }
                }
                counts[i] = Math.max(counts[i], 1f); // a BOS-only row scores nothing; avoid 0/0
            }
            targets = manager.create(target, new Shape(b, t));
            scored = manager.create(mask, new Shape(b, t));
            scoredCounts = manager.create(counts);
        } else if (scalarTargets) {
            float[] target = new float[b];
            for (int i = 0; i < b; i++) {
                checkTargetLength(samples.get(i), 1);
                target[i] = samples.get(i).target()[0];
            }
            targets = manager.create(target);
        } else {
            long[] target = new long[b];
            for (int i = 0; i < b; i++) {
                checkTargetLength(samples.get(i), 1);
                target[i] = samples.get(i).target()[0];
            }
            targets = manager.create(target);
        }

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
        return new Batch(tokenArray, lengthArray, targets, scored, scoredCounts, validArray,
                attentionTargets, selections, selectionRows, List.copyOf(samples));
    }

    private static void checkTargetLength(Sample s, int expected) {
        if (s.target().length != expected) {
            throw new IllegalArgumentException("a sample of input length " + s.size() + " has "
                    + s.target().length + " targets, expected " + expected);
        }
    }
}
