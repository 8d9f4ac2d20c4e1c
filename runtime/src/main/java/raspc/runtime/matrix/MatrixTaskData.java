package raspc.runtime.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.matrix.MatrixValues;
import raspc.compiler.task.MatrixSampler;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.Split;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.SampleStream;
import raspc.runtime.data.SplitTaskData;

/**
 * A matrix-completion variant as the trainer's task: fresh matrices at every step (online), and
 * fixed splits of {@code evalMatrices} matrices each for validation, the report and the
 * analyses. A sample's input is the n^2 entries (row-major) as value tokens with MASK where
 * hidden; its target is every entry's value token, read by the masked-regression objective.
 */
public final class MatrixTaskData extends SplitTaskData {
    private final MatrixTask task;
    private final int evalMatrices;
    private final long seed;
    private final int layers;
    private final int heads;

    public MatrixTaskData(MatrixTask task, int evalMatrices, long seed, int layers, int heads) {
        super(task.name(), task.values().tokens(), task.values().tokens());
        if (evalMatrices < 1) {
            throw new IllegalArgumentException("the evaluation set needs at least 1 matrix, got " + evalMatrices);
        }
        this.task = task;
        this.evalMatrices = evalMatrices;
        this.seed = seed;
        this.layers = layers;
        this.heads = heads;
    }

    public MatrixTask task() {
        return task;
    }

    @Override public int padId() { return MatrixValues.MASK_ID; }
    @Override public boolean hasBos() { return false; }
    @Override public int maxLength() { return task.entries(); }
    @Override public int minLength() { return task.entries(); }
    @Override public boolean fixedLength() { return true; }
    @Override public List<HeadId> supervisedHeads() { return List.of(); }
    @Override public int plannedLayers() { return layers; }
    @Override public int plannedHeads() { return heads; }
    @Override public OutputKind outputKind() { return OutputKind.MASKED_REGRESSION; }

    @Override
    protected List<EncodedSample> makeSplit(Split split) {
        return samples(matrices(split.label()));
    }

    /** The matrices of a split; each split has its own stream, apart from the training stream. */
    public List<MaskedMatrix> matrices(String split) {
        long salt = switch (split) {
            case "train" -> 0x7A1EL;
            case "valid" -> 0x7A11DL;
            case "test" -> 0x7E57L;
            default -> throw new IllegalArgumentException("no split " + split);
        };
        return MatrixSampler.samples(task, evalMatrices, new SplittableRandom(seed ^ salt));
    }

    @Override
    public Optional<SampleStream> online() {
        return Optional.of((count, random) -> samples(MatrixSampler.samples(task, count, random)));
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long freshSeed) {
        requireDefinedAt(minLen, maxLen);
        return Optional.of(samples(MatrixSampler.samples(task, count, new SplittableRandom(freshSeed))));
    }

    /** Matrices as token-id samples. */
    public List<EncodedSample> samples(List<MaskedMatrix> matrices) {
        MatrixValues values = task.values();
        List<EncodedSample> out = new ArrayList<>(matrices.size());
        for (MaskedMatrix m : matrices) {
            out.add(new EncodedSample(m.inputIds(values), m.targetIds(values)));
        }
        return out;
    }
}
