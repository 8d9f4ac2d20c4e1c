package raspc.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.TokenDistribution;
import raspc.compiler.dataset.Sample;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.Split;

/**
 * A task (a RASP task variant or a Boolean function) as the runtime's training data: its samples
 * pass through the {@link SampleEncoder} (tokens to ids), and its plan gives the model's shape.
 * Splits are made on first use, in parallel ({@link SplitTaskData}).
 */
public final class EncodedTaskData extends SplitTaskData {
    private static final int DEFAULT_SHAPE = 2;
    private final LabelledTask task;
    private final SampleEncoder encoder;

    public EncodedTaskData(LabelledTask task) {
        super(task.name(), task.inputVocab(), task.outputVocab());
        this.task = task;
        this.encoder = new SampleEncoder(task.name(), task.inputVocab(), task.outputVocab());
    }

    public LabelledTask task() {
        return task;
    }

    /** BOS is the padding symbol in BOS tasks, as in the original; otherwise the BOS symbol's id, added for padding. */
    @Override
    public int padId() {
        return task.bosToken().map(encoder::inputId).filter(id -> id >= 0).orElse(0);
    }

    @Override
    public boolean hasBos() {
        return task.bos();
    }

    @Override
    protected List<EncodedSample> makeSplit(Split split) {
        return inParallel(task.size(split), i -> encoder.encode(task.sample(split, i)));
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed) {
        return freshSamples(count, minLen, maxLen, seed, TokenDistribution.TRAINED);
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed,
            TokenDistribution tokens) {
        requireDefinedAt(minLen, maxLen);
        if (!(tokens instanceof TokenDistribution.Trained) && task.independentTokens().isEmpty()) {
            return Optional.empty();
        }
        List<EncodedSample> out = new ArrayList<>(count);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int len = minLen + r.nextInt(maxLen - minLen + 1);
            out.add(encoder.encode(task.fresh(len, r.nextLong(), tokens).orElseThrow()));
        }
        return Optional.of(out);
    }

    @Override
    public int maxLength() {
        return task.maxLength() - (task.bos() ? 1 : 0);
    }

    @Override
    public int minLength() {
        return task.minLength() - (task.bos() ? 1 : 0);
    }

    @Override
    public boolean fixedLength() {
        return switch (task) {
            case SequenceTask s -> false;
            case BooleanFunctionTask b -> true;
        };
    }

    @Override
    public List<HeadId> supervisedHeads() {
        return switch (task) {
            case SequenceTask s when s.hasAttentionTargets() ->
                    s.plan().heads().stream().map(h -> new HeadId(h.layer(), h.head())).toList();
            case SequenceTask s -> List.of();
            case BooleanFunctionTask b -> List.of();
        };
    }

    /** The plan's layers; two when there is no plan to follow (Boolean functions, constant programs). */
    @Override
    public int plannedLayers() {
        return switch (task) {
            case SequenceTask s when s.plan().layerCount() > 0 -> s.plan().layerCount();
            case SequenceTask s -> DEFAULT_SHAPE;
            case BooleanFunctionTask b -> DEFAULT_SHAPE;
        };
    }

    @Override
    public int plannedHeads() {
        return switch (task) {
            case SequenceTask s when s.plan().maxHeads() > 0 -> s.plan().maxHeads();
            case SequenceTask s -> DEFAULT_SHAPE;
            case BooleanFunctionTask b -> DEFAULT_SHAPE;
        };
    }

    @Override
    public OutputKind outputKind() {
        return switch (task) {
            case SequenceTask s -> OutputKind.PER_POSITION;
            case BooleanFunctionTask b -> OutputKind.READOUT_LAST;
        };
    }

    /** One labelled sample in ids (an input the caller built, e.g. an analysis's changed input). */
    public EncodedSample encode(Sample sample) {
        return encoder.encode(sample);
    }

    /** Ids of tokens; a token outside the vocabulary is a clear error naming it. */
    public int[] inputIds(List<String> tokens) {
        return encoder.inputIds(tokens);
    }
}
