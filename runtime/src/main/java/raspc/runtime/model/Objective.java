package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TargetEncoder;

/**
 * What a model is trained to do, and everything that depends on it: how targets are encoded,
 * which positions the classifier reads, how many units it has, the loss and what counts as
 * right. The trainer, the evaluator and the model ask the objective instead of switching on
 * output kinds. New objectives (masked-position regression) are new records here.
 */
public sealed interface Objective extends TargetEncoder {

    /** One class per input position, a BOS position excluded from scoring (the RASP tasks). */
    record PerPositionClassification() implements Objective {}

    /**
     * The next token at every position, cross-entropy on all of them (a causal decoder; samples
     * carry the document shifted by one as their target) but those whose target is
     * {@link EncodedSample#UNSCORED}. Answers are generated greedily and
     * scored by the generation evaluation ({@code eval.GenerationEvaluator}); per batch it scores
     * teacher-forced next-token accuracy.
     */
    record NextTokenPrediction() implements Objective {}

    /** One class per sequence, read at one position (cross-entropy). */
    record ReadoutClassification(Readout at) implements Objective {}

    /** One value in [0, 1] per sequence, read at one position, squared error against 0/1 (Boolean functions). */
    record ReadoutRegression(Readout at) implements Objective {}

    /**
     * One real value per position, every position scored by squared error (matrix completion:
     * a BERT-style masked regressor). Inputs and targets are value tokens evenly spaced by
     * {@code step} with id {@code zeroId} for 0; the target of a position is its true value's
     * token whether the input shows it or masks it ({@code maskId}). A position counts as right
     * when the prediction is within {@link #TOLERANCE} of its target.
     */
    record MaskedPositionRegression(int maskId, int zeroId, float step) implements Objective {
        /** Absolute error below which an entry counts as right (a tenth of the unit the entries live in). */
        public static final float TOLERANCE = 0.1f;

        /**
         * The objective of a vocabulary laid out as the matrix-completion task does it: MASK at
         * id 0, then values -R, -R + step, ..., R (an odd number of value tokens).
         */
        public static MaskedPositionRegression forVocabulary(int size, float step) {
            if (size < 2 || size % 2 != 0) {
                throw new IllegalArgumentException("a masked-regression vocabulary is MASK plus an odd number of values, got "
                        + size + " tokens");
            }
            return new MaskedPositionRegression(0, 1 + (size - 2) / 2, step);
        }

        /** The value a token id stands for (MASK reads as 0). */
        public float value(int id) {
            return id == maskId ? 0f : (id - zeroId) * step;
        }
    }

    /** Step between the value tokens of a masked-regression vocabulary (the reference's 0.01 precision). */
    float VALUE_STEP = 0.01f;

    /** Where a one-output objective reads the sequence. */
    enum Readout { FIRST, LAST }

    /** Loss and correctness of a batch, per sequence, on the device. */
    record Scores(NDArray perSequence, NDArray correctPerSequence, NDArray sequenceCorrect) {}

    /** The objective a model configuration trains. */
    static Objective of(ModelConfig config) {
        Readout at = config.output() == OutputKind.READOUT_FIRST ? Readout.FIRST : Readout.LAST;
        return switch (config.output()) {
            case PER_POSITION -> new PerPositionClassification();
            case NEXT_TOKEN -> new NextTokenPrediction();
            case MASKED_REGRESSION -> MaskedPositionRegression.forVocabulary(config.inputVocab(), VALUE_STEP);
            case READOUT_FIRST, READOUT_LAST -> config.readoutLoss() == ReadoutLoss.MSE ? new ReadoutRegression(at)
                    : new ReadoutClassification(at);
        };
    }

    /** Classifier units for an output vocabulary of {@code outputVocab} symbols. */
    default int outputUnits(int outputVocab) {
        return this instanceof ReadoutRegression || this instanceof MaskedPositionRegression ? 1 : outputVocab;
    }

    /** What the classifier reads: x [B, T, d] itself, or the readout position's vectors [B, d]. */
    default NDArray features(NDArray x, NDArray lengths, int length) {
        return switch (this) {
            case PerPositionClassification p -> x;
            case NextTokenPrediction n -> x;
            case MaskedPositionRegression m -> x;
            case ReadoutClassification r -> read(r.at(), x, lengths, length);
            case ReadoutRegression r -> read(r.at(), x, lengths, length);
        };
    }

    /** The classifier's output as logits: a regression's single unit becomes [B] (or [B, T] per position). */
    default NDArray logits(NDArray classifierOutput) {
        return this instanceof ReadoutRegression || this instanceof MaskedPositionRegression ? classifierOutput.squeeze(-1)
                : classifierOutput;
    }

    /** Shape of the logits of a batch of b rows of t positions with {@code units} classifier units. */
    default Shape logitShape(long b, long t, int units) {
        return switch (this) {
            case PerPositionClassification p -> new Shape(b, t, units);
            case NextTokenPrediction n -> new Shape(b, t, units);
            case MaskedPositionRegression m -> new Shape(b, t);
            case ReadoutClassification r -> new Shape(b, units);
            case ReadoutRegression r -> new Shape(b);
        };
    }

    @Override
    default int scoredOutputs(EncodedSample sample, boolean hasBos) {
        return switch (this) {
            case PerPositionClassification p -> sample.size() - (hasBos ? 1 : 0);
            case NextTokenPrediction n -> (int) java.util.Arrays.stream(sample.target()).filter(t -> t != EncodedSample.UNSCORED)
                    .count();
            case MaskedPositionRegression m -> sample.size();
            case ReadoutClassification r -> 1;
            case ReadoutRegression r -> 1;
        };
    }

    @Override
    default Targets encode(NDManager manager, List<EncodedSample> samples, int length, boolean hasBos) {
        int b = samples.size();
        switch (this) {
            case NextTokenPrediction n -> {
                // every position is scored: a document has no BOS whose output is given
                return new PerPositionClassification().encode(manager, samples, length, false);
            }
            case PerPositionClassification p -> {
                long[] target = new long[b * length];
                float[] mask = new float[b * length];
                float[] counts = new float[b];
                int first = hasBos ? 1 : 0;
                for (int i = 0; i < b; i++) {
                    EncodedSample s = samples.get(i);
                    checkTargets(s, s.size());
                    for (int j = 0; j < s.size(); j++) {
                        boolean scored = s.target()[j] != EncodedSample.UNSCORED;
                        target[i * length + j] = scored ? s.target()[j] : 0;
                        if (j >= first && scored) {
                            mask[i * length + j] = 1f;
                            counts[i]++;
                        }
                    }
                    counts[i] = Math.max(counts[i], 1f); // a BOS-only row scores nothing; avoid 0/0
                }
                return new Targets(manager.create(target, new Shape(b, length)), manager.create(mask, new Shape(b, length)),
                        manager.create(counts));
            }
            case MaskedPositionRegression m -> {
                float[] target = new float[b * length];
                float[] mask = new float[b * length];
                float[] counts = new float[b];
                for (int i = 0; i < b; i++) {
                    EncodedSample s = samples.get(i);
                    checkTargets(s, s.size());
                    for (int j = 0; j < s.size(); j++) {
                        target[i * length + j] = m.value(s.target()[j]);
                        mask[i * length + j] = 1f;
                    }
                    counts[i] = s.size();
                }
                return new Targets(manager.create(target, new Shape(b, length)), manager.create(mask, new Shape(b, length)),
                        manager.create(counts));
            }
            case ReadoutRegression r -> {
                return new Targets(manager.create(oneTargetEach(samples)), null, null);
            }
            case ReadoutClassification r -> {
                return new Targets(manager.create(oneTargetEach(samples)).toType(DataType.INT64, false), null, null);
            }
        }
    }

    /** Loss per sequence (mean over its scored outputs), correct outputs, and whole sequences right. */
    default Scores score(NDArray logits, Targets t) {
        return switch (this) {
            case NextTokenPrediction n -> new PerPositionClassification().score(logits, t);
            case PerPositionClassification p -> {
                NDArray nll = logits.logSoftmax(-1).gather(t.targets().expandDims(-1), -1).squeeze(-1).neg();
                NDArray perSequence = nll.mul(t.scored()).sum(new int[] {1}).div(t.scoredCounts());
                NDArray correct = logits.argMax(-1).eq(t.targets()).toType(DataType.FLOAT32, false).mul(t.scored())
                        .sum(new int[] {1});
                yield new Scores(perSequence, correct, correct.eq(t.scoredCounts()).toType(DataType.FLOAT32, false));
            }
            case MaskedPositionRegression m -> {
                NDArray error = logits.sub(t.targets());
                NDArray perSequence = error.square().mul(t.scored()).sum(new int[] {1}).div(t.scoredCounts());
                NDArray correct = error.abs().lt(MaskedPositionRegression.TOLERANCE).toType(DataType.FLOAT32, false)
                        .mul(t.scored()).sum(new int[] {1});
                yield new Scores(perSequence, correct, correct.eq(t.scoredCounts()).toType(DataType.FLOAT32, false));
            }
            case ReadoutRegression r -> {
                NDArray correct = logits.gt(0.5).eq(t.targets().gt(0.5)).toType(DataType.FLOAT32, false);
                yield new Scores(logits.sub(t.targets()).square(), correct, correct);
            }
            case ReadoutClassification r -> {
                NDArray nll = logits.logSoftmax(-1).gather(t.targets().expandDims(-1), -1).squeeze(-1).neg();
                NDArray correct = logits.argMax(-1).eq(t.targets()).toType(DataType.FLOAT32, false);
                yield new Scores(nll, correct, correct);
            }
        };
    }

    /**
     * The predicted output ids, row after row: one per position, or one per sequence; a masked
     * regression's values become their nearest value token's id.
     */
    default long[] predictions(NDArray logits) {
        NDArray ids = switch (this) {
            case ReadoutRegression r -> logits.gt(0.5);
            case MaskedPositionRegression m -> Scalars.plus(Scalars.dividedBy(logits, m.step()).round(), m.zeroId())
                    .clip(m.maskId() + 1, 2 * m.zeroId() - 1);
            case PerPositionClassification p -> logits.argMax(-1);
            case NextTokenPrediction n -> logits.argMax(-1);
            case ReadoutClassification r -> logits.argMax(-1);
        };
        return ids.toType(DataType.INT64, false).toLongArray();
    }

    private static NDArray read(Readout at, NDArray x, NDArray lengths, int length) {
        if (at == Readout.FIRST) {
            return x.get(":, 0, :");
        }
        NDArray last = Scalars.minus(lengths, 1).oneHot(length).expandDims(1); // [B, 1, T]
        return last.matMul(x).squeeze(1);
    }

    /** The single target of each sample (a class id, or 0/1 for a regression). */
    private static float[] oneTargetEach(List<EncodedSample> samples) {
        float[] target = new float[samples.size()];
        for (int i = 0; i < target.length; i++) {
            checkTargets(samples.get(i), 1);
            target[i] = samples.get(i).target()[0];
        }
        return target;
    }

    private static void checkTargets(EncodedSample s, int expected) {
        if (s.target().length != expected) {
            throw new IllegalArgumentException("a sample of input length " + s.size() + " has " + s.target().length
                    + " targets, expected " + expected);
        }
    }
}
